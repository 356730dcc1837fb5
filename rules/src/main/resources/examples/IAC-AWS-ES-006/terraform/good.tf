# The policy is open, as AWS recommends with fine-grained access control, which asks for credentials.
resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = var.master_user
      master_user_password = var.master_password
    }
  }

  access_policies = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "es:ESHttp*" }]
  })
}

variable "master_user" {
  type = string
}

variable "master_password" {
  type      = string
  sensitive = true
}
