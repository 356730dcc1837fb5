resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"

  access_policies = jsonencode({   # expect: IAC-AWS-ES-001
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/logs/*"
    }]
  })
}

# A condition that admits every address narrows nothing.
locals {
  any_ip_policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "*"},
        "Action": "es:*",
        "Condition": {"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}
      }]
    }
  POLICY
}

resource "aws_opensearch_domain" "any_ip" {
  domain_name     = "any-ip"
  access_policies = local.any_ip_policy   # expect: IAC-AWS-ES-001
}
