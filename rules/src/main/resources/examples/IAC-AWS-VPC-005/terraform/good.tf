resource "aws_network_acl" "private" {
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  # Return traffic for connections the subnet opens: AWS documents this for stateless ACLs.
  ingress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 120
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "10.0.0.0/16"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }
}

# A lower-numbered deny decides before the broad allow.
resource "aws_network_acl" "shadowed" {
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    rule_no    = 100
    action     = "deny"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 10000
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 200
    action     = "allow"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }
}

resource "aws_network_acl_rule" "shadowed_deny_ssh_v6" {
  network_acl_id  = aws_network_acl.shadowed.id
  rule_number     = 90
  protocol        = "tcp"
  rule_action     = "deny"
  from_port       = 22
  to_port         = 22
  ipv6_cidr_block = "::/0"
}

resource "aws_network_acl_rule" "shadowed_allow_ssh_v6" {
  network_acl_id  = aws_network_acl.shadowed.id
  rule_number     = 300
  protocol        = "tcp"
  rule_action     = "allow"
  from_port       = 22
  to_port         = 22
  ipv6_cidr_block = "::/0"
}
