resource "aws_kms_key" "logs" {
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "audit" {
  name              = "/aws/opensearch/logs/audit"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.logs.arn
}

# Not used by a search domain: not judged by this rule.
resource "aws_cloudwatch_log_group" "app" {
  name = "/app/web"
}

resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
  }
}
