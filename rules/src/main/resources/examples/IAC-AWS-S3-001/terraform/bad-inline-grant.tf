# AWS provider 3.x style (deprecated since 4.0, still accepted): grant blocks on the bucket itself.
data "aws_canonical_user_id" "current" {}

resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"

  grant {
    id          = data.aws_canonical_user_id.current.id
    type        = "CanonicalUser"
    permissions = ["FULL_CONTROL"]
  }

  grant {
    type        = "Group"
    permissions = ["READ_ACP", "WRITE"]
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers"   # expect: IAC-AWS-S3-001
  }
}
