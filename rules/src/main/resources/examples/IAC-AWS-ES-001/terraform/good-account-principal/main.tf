data "aws_caller_identity" "current" {}

# The account id is read from the provider, but an identifier that starts with "arn:aws:iam::"
# can never be "*": the policy is not public (and the check is decided, not indeterminate).
data "aws_iam_policy_document" "logs" {
  statement {
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
    actions   = ["es:*"]
    resources = ["arn:aws:es:eu-west-1:${data.aws_caller_identity.current.account_id}:domain/logs/*"]
  }
}

resource "aws_opensearch_domain" "logs" {
  domain_name     = "logs"
  access_policies = data.aws_iam_policy_document.logs.json
}

resource "aws_opensearch_domain" "heredoc" {
  domain_name     = "heredoc"
  access_policies = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/search"},
        "Action": "es:ESHttp*",
        "Resource": "arn:aws:es:eu-west-1:${data.aws_caller_identity.current.account_id}:domain/heredoc/*"
      }]
    }
  POLICY
}
