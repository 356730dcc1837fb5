# Everyone, but only from the office network: the condition narrows the principal.
data "aws_iam_policy_document" "office" {
  statement {
    actions   = ["es:ESHttp*"]
    resources = ["arn:aws:es:eu-west-1:123456789012:domain/logs/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "IpAddress"
      variable = "aws:SourceIp"
      values   = ["198.51.100.0/24"]
    }
  }
}

resource "aws_elasticsearch_domain" "logs" {
  domain_name     = "logs"
  access_policies = data.aws_iam_policy_document.office.json
}
