# The account's block leaves restrict_public_buckets off: it covers neither the bucket without a
# block of its own nor the bucket whose block leaves that flag off too.
resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false
}

resource "aws_s3_bucket" "reports" {   # expect: IAC-AWS-S3-003
  bucket = "acme-reports"
}

resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket = aws_s3_bucket.site.id

  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false   # expect: IAC-AWS-S3-003
}
