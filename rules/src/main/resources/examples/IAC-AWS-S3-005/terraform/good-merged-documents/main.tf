# As terraform-aws-modules/s3-bucket builds its policy: the TLS-only deny is one of the
# documents merged with compact([cond ? doc.json : ""]).
variable "attach_deny_insecure_transport_policy" {
  default = true
}
variable "attach_policy" {
  default = false
}
variable "policy" {
  default = ""
}
resource "aws_s3_bucket" "this" {
  bucket = "logs"
}
data "aws_iam_policy_document" "deny_insecure_transport" {
  statement {
    sid     = "denyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
data "aws_iam_policy_document" "combined" {
  source_policy_documents = compact([
    var.attach_deny_insecure_transport_policy ? data.aws_iam_policy_document.deny_insecure_transport.json : "",
    var.attach_policy ? var.policy : "",
  ])
}
resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = data.aws_iam_policy_document.combined.json
}
