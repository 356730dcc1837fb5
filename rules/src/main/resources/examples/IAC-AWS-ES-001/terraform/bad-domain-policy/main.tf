resource "aws_elasticsearch_domain" "logs" {
  domain_name = "logs"
}

# The policy lives in its own resource; the domain is judged with it.
resource "aws_elasticsearch_domain_policy" "logs" {
  domain_name = aws_elasticsearch_domain.logs.domain_name

  access_policies = jsonencode({   # expect: IAC-AWS-ES-001
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam::123456789012:root", "*"] }
      Action    = "es:ESHttpGet"
      Resource  = "${aws_elasticsearch_domain.logs.arn}/*"
    }]
  })
}
