variable "encrypt_volumes" {
  type    = bool
  default = true
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = var.encrypt_volumes # expect: IAC-AWS-EC2-002
}
