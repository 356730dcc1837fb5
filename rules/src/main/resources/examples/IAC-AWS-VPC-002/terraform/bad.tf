resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"] # expect: IAC-AWS-VPC-002
  }
}

resource "aws_security_group_rule" "rdp_v6" {
  type              = "ingress"
  security_group_id = aws_security_group.bastion.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "udp"
  ipv6_cidr_blocks  = ["::/0"] # expect: IAC-AWS-VPC-002
}

# A range that happens to include 22.
resource "aws_vpc_security_group_ingress_rule" "low_ports" {
  security_group_id = aws_security_group.bastion.id
  cidr_ipv4         = "0.0.0.0/0" # expect: IAC-AWS-VPC-002
  ip_protocol       = "tcp"
  from_port         = 20
  to_port           = 25
}
