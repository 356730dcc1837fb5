variable "bucket_name" {
  type = string
}

resource "aws_s3_bucket" "this" {
  bucket = var.bucket_name
}

# restrict_public_buckets left out: it defaults to false.
resource "aws_s3_bucket_public_access_block" "this" {   # expect: IAC-AWS-S3-003
  bucket = aws_s3_bucket.this.id

  block_public_acls   = var.block_public
  block_public_policy = var.block_public
  ignore_public_acls  = var.block_public
}

variable "block_public" {
  type    = bool
  default = true
}
