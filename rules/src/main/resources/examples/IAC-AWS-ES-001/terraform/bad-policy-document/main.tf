data "aws_iam_policy_document" "open" {
  statement {
    sid       = "Everyone"
    actions   = ["es:*"]
    resources = ["arn:aws:es:eu-west-1:123456789012:domain/logs/*"]
    principals {   # expect: IAC-AWS-ES-001
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_opensearch_domain" "logs" {
  domain_name     = "logs"
  access_policies = data.aws_iam_policy_document.open.json
}
