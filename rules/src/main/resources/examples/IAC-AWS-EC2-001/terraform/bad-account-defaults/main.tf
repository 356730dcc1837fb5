# A launch parameter wins over the account's default: an explicit "optional" still allows IMDSv1.
resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens = "required"
}

resource "aws_instance" "legacy" {
  ami           = "ami-0a1b2c3d4e5f67890"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "optional"   # expect: IAC-AWS-EC2-001
  }
}
