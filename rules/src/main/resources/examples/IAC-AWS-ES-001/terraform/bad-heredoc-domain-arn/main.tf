resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"
}

# The provider documentation's heredoc policy: the domain's ARN is known only after apply, but it
# sits inside a JSON string, so the statement is still read and its principal is everyone.
locals {
  logs_policy = <<POLICIES
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Action": "es:*",
      "Principal": "*",
      "Effect": "Allow",
      "Resource": "${aws_opensearch_domain.logs.arn}/*"
    }
  ]
}
POLICIES
}

resource "aws_opensearch_domain_policy" "logs" {
  domain_name     = aws_opensearch_domain.logs.domain_name
  access_policies = local.logs_policy   # expect: IAC-AWS-ES-001
}
