resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"

  advanced_security_options {
    enabled = false
  }

  access_policies = jsonencode({   # expect: IAC-AWS-ES-006
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "es:*" }]
  })
}
