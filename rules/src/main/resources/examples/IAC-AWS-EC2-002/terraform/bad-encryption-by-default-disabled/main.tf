resource "aws_ebs_encryption_by_default" "this" {
  enabled = false
}

resource "aws_ebs_volume" "scratch" { # expect: IAC-AWS-EC2-002
  availability_zone = "eu-west-1a"
  size              = 10
}
