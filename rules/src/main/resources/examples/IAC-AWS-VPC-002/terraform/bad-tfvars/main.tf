variable "admin_cidrs" {
  type    = list(string)
  default = ["203.0.113.0/24"]
}

resource "aws_security_group" "admin" {
  name   = "admin"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs # expect: IAC-AWS-VPC-002
  }
}
