# One block per bucket, made with for_each over the buckets themselves: each.value is the bucket
# of the same key.
resource "aws_s3_bucket" "this" {
  for_each = toset(["logs", "reports"])
  bucket   = "acme-${each.key}"
}

resource "aws_s3_bucket_public_access_block" "this" {
  for_each = aws_s3_bucket.this
  bucket   = each.value.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
