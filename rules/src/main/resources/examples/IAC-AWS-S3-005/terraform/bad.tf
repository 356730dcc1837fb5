resource "aws_s3_bucket" "logs" {   # expect: IAC-AWS-S3-005
  bucket = "acme-logs"
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({   # expect: IAC-AWS-S3-005
    Version = "2012-10-17"
    Statement = [{
      Sid       = "ReadersRole"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/readers" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::acme-reports/*"
    }]
  })
}
