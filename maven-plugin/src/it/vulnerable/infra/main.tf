# The incident, as it was deployed: an OpenSearch domain holding API-gateway logs, reachable from
# the internet with no password, no IP restriction and no encryption, and a log archive bucket
# anyone can read. Every block below is something iaclint reports.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

resource "aws_opensearch_domain" "logs" {
  domain_name    = "${var.environment}-gateway-logs"
  engine_version = "OpenSearch_2.11"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 2
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 100
  }

  # Left to a variable whose value (in terraform.tfvars) turns it off.
  encrypt_at_rest {
    enabled = var.encrypt_logs
  }

  domain_endpoint_options {
    enforce_https = false
  }

  # Anyone may call any API on the domain: no principal, no condition.
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:*"
      Resource  = "arn:aws:es:${var.region}:123456789012:domain/${var.environment}-gateway-logs/*"
    }]
  })
}

resource "aws_security_group" "log_shippers" {
  name        = "log-shippers"
  description = "Fluent Bit nodes that ship gateway logs"

  ingress {
    description = "Elasticsearch HTTP from anywhere"
    from_port   = 9200
    to_port     = 9200
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "SSH for debugging"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_s3_bucket" "log_archive" {
  bucket = "${var.environment}-gateway-log-archive"
}

resource "aws_s3_bucket_acl" "log_archive" {
  bucket = aws_s3_bucket.log_archive.id
  acl    = "public-read"
}

resource "aws_lambda_function" "log_forwarder" {
  function_name = "gateway-log-forwarder"
  role          = "arn:aws:iam::123456789012:role/log-forwarder"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "forwarder.zip"

  environment {
    variables = {
      OPENSEARCH_URL = "http://${aws_opensearch_domain.logs.endpoint}"
      # A live payment key, copied from a developer's shell history.
      STRIPE_API_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dcQx2RbL9kE5mN"
    }
  }
}
