resource "aws_network_acl" "public" {
  vpc_id = "vpc-0a1b2c3d"

  ingress { # expect: IAC-AWS-VPC-005
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }

  ingress { # expect: IAC-AWS-VPC-005
    rule_no         = 110
    action          = "allow"
    protocol        = "6"
    from_port       = 9200
    to_port         = 9300
    ipv6_cidr_block = "::/0"
  }

  ingress {
    rule_no    = 120
    action     = "allow"
    protocol   = "tcp"
    from_port  = 32768
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }
}

resource "aws_network_acl_rule" "rdp" { # expect: IAC-AWS-VPC-005
  network_acl_id = aws_network_acl.public.id
  rule_number    = 130
  protocol       = "udp"
  rule_action    = "allow"
  from_port      = 3389
  to_port        = 3389
  cidr_block     = "0.0.0.0/0"
}

# A deny numbered after the allow never decides.
resource "aws_network_acl" "late_deny" {
  vpc_id = "vpc-0a1b2c3d"

  ingress { # expect: IAC-AWS-VPC-005
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 200
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }
}

resource "aws_default_network_acl" "default" {
  default_network_acl_id = "acl-0123456789abcdef0"

  ingress { # expect: IAC-AWS-VPC-005
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 5601
    to_port    = 5601
    cidr_block = "0.0.0.0/0"
  }
}
