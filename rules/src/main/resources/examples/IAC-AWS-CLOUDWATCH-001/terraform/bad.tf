resource "aws_cloudwatch_log_group" "audit" {   # expect: IAC-AWS-CLOUDWATCH-001
  name              = "/aws/opensearch/logs/audit"
  retention_in_days = 365
}

locals {
  audit_log_group_arn = aws_cloudwatch_log_group.audit.arn
}

resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = local.audit_log_group_arn
  }
}
