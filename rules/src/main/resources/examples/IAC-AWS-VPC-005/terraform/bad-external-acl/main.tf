variable "network_acl_id" {
  type = string
}

# The ACL is managed elsewhere: its entries here are judged together.
resource "aws_network_acl_rule" "https" {
  network_acl_id = var.network_acl_id
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  from_port      = 443
  to_port        = 443
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "ssh" { # expect: IAC-AWS-VPC-005
  network_acl_id = var.network_acl_id
  rule_number    = 110
  protocol       = "tcp"
  rule_action    = "allow"
  from_port      = 22
  to_port        = 22
  cidr_block     = "0.0.0.0/0"
}
