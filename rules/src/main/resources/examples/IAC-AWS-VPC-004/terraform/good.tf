resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# Adopted without rules: Terraform strips the default ingress and egress rules.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}

# Rules belong on a group of your own.
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "web_https" {
  security_group_id = aws_security_group.web.id
  cidr_ipv4         = "10.0.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}
