resource "aws_security_group" "open" {
  name   = "open"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: IAC-AWS-VPC-003
  }
}

resource "aws_security_group_rule" "all_tcp_v6" {
  type              = "ingress"
  security_group_id = aws_security_group.open.id
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"] # expect: IAC-AWS-VPC-003
}

resource "aws_vpc_security_group_ingress_rule" "everything" {
  security_group_id = aws_security_group.open.id
  cidr_ipv4         = "0.0.0.0/0" # expect: IAC-AWS-VPC-003
  ip_protocol       = "-1"
}
