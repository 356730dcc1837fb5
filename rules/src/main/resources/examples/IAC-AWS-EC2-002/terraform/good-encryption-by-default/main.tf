# Encryption by default (enabled defaults to true) encrypts every new volume in the region.
resource "aws_ebs_encryption_by_default" "this" {}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 10
}

resource "aws_instance" "worker" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}
