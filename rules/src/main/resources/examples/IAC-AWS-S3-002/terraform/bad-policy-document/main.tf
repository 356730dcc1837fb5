variable "bucket_name" {
  type    = string
  default = "acme-uploads"
}

resource "aws_s3_bucket" "uploads" {
  bucket = var.bucket_name
}

data "aws_iam_policy_document" "uploads" {
  statement {
    sid       = "AnonymousUpload"
    effect    = "Allow"
    actions   = ["s3:PutObject", "s3:GetObject"]
    resources = ["arn:aws:s3:::${var.bucket_name}/*"]

    principals {   # expect: IAC-AWS-S3-002
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  policy = data.aws_iam_policy_document.uploads.json
}
