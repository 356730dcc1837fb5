resource "aws_security_group" "admin" {
  name   = "admin"
  vpc_id = "vpc-0a1b2c3d"

  # SSH only from the office range.
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24"]
  }

  # HTTPS from anywhere is not remote administration.
  ingress {
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  # Outbound SSH to anywhere is not inbound exposure.
  egress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "from_bastion" {
  type                     = "ingress"
  security_group_id        = aws_security_group.admin.id
  from_port                = 3389
  to_port                  = 3389
  protocol                 = "tcp"
  source_security_group_id = "sg-0123456789abcdef0"
}

resource "aws_vpc_security_group_ingress_rule" "from_prefix_list" {
  security_group_id = aws_security_group.admin.id
  prefix_list_id    = "pl-0123456789abcdef0"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
}

# Every port from anywhere: IAC-AWS-VPC-003 reports it, not this rule.
resource "aws_security_group_rule" "all" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}
