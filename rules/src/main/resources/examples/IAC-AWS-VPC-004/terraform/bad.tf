resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress { # expect: IAC-AWS-VPC-004
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress { # expect: IAC-AWS-VPC-004
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "default_ssh" { # expect: IAC-AWS-VPC-004
  type              = "ingress"
  security_group_id = aws_default_security_group.default.id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["10.0.0.0/8"]
}

resource "aws_vpc_security_group_egress_rule" "default_https" { # expect: IAC-AWS-VPC-004
  security_group_id = aws_default_security_group.default.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}
