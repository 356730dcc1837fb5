variable "network_acl_id" {
  type = string
}

resource "aws_network_acl_rule" "deny_ssh" {
  network_acl_id = var.network_acl_id
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "deny"
  from_port      = 22
  to_port        = 22
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "ssh" {
  network_acl_id = var.network_acl_id
  rule_number    = 200
  protocol       = "tcp"
  rule_action    = "allow"
  from_port      = 22
  to_port        = 22
  cidr_block     = "0.0.0.0/0"
}
