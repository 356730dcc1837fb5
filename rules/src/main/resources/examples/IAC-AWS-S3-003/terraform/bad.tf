resource "aws_s3_bucket" "logs" {   # expect: IAC-AWS-S3-003
  bucket = "acme-logs"
}

resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets"
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket = aws_s3_bucket.assets.id

  block_public_acls       = true
  block_public_policy     = false   # expect: IAC-AWS-S3-003
  ignore_public_acls      = true
  restrict_public_buckets = true
}
