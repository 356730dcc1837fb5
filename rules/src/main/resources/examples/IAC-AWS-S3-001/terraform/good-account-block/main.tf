# The account's public access block ignores public ACLs on every bucket.
resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
}

resource "aws_s3_bucket_acl" "legacy" {
  bucket = aws_s3_bucket.legacy.id
  acl    = "public-read"
}
