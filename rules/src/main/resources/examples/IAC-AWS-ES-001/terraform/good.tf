# Only a named role may call the domain.
resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/log-shipper" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/logs/*"
    }]
  })
}
