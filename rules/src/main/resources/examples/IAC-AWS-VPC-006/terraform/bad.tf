resource "aws_network_acl" "public" {
  vpc_id = "vpc-0a1b2c3d"

  ingress { # expect: IAC-AWS-VPC-006
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}

# A deny of one port does not shadow an allow of everything.
resource "aws_default_network_acl" "default" {
  default_network_acl_id = "acl-0123456789abcdef0"

  ingress {
    rule_no         = 90
    action          = "deny"
    protocol        = "tcp"
    from_port       = 22
    to_port         = 22
    ipv6_cidr_block = "::/0"
  }

  ingress { # expect: IAC-AWS-VPC-006
    rule_no         = 101
    action          = "allow"
    protocol        = "-1"
    from_port       = 0
    to_port         = 0
    ipv6_cidr_block = "::/0"
  }
}

resource "aws_network_acl" "split" {
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_network_acl_rule" "all_in" { # expect: IAC-AWS-VPC-006
  network_acl_id = aws_network_acl.split.id
  rule_number    = 100
  protocol       = "all"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}
