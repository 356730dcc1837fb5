resource "aws_s3_bucket" "website" {
  bucket = "acme-website"
}

resource "aws_s3_bucket_ownership_controls" "website" {
  bucket = aws_s3_bucket.website.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_public_access_block" "website" {
  bucket = aws_s3_bucket.website.id

  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_acl" "website" {
  depends_on = [aws_s3_bucket_ownership_controls.website, aws_s3_bucket_public_access_block.website]

  bucket = aws_s3_bucket.website.id
  acl    = "public-read"   # expect: IAC-AWS-S3-001
}

# The legacy inline argument (AWS provider 3.x style).
resource "aws_s3_bucket" "dropbox" {
  bucket = "acme-dropbox"
  acl    = "public-read-write"   # expect: IAC-AWS-S3-001
}
