# The blocks a dynamic block generates are judged each on its own source: the search port is open
# only to the VPC, SSH to the world (IAC-AWS-VPC-002's finding, not this rule's).
locals {
  ingress = {
    admin  = { port = 22, cidr = "0.0.0.0/0" }
    search = { port = 9200, cidr = "10.0.0.0/16" }
  }
}

resource "aws_security_group" "search" {
  name   = "search"
  vpc_id = "vpc-0a1b2c3d"

  dynamic "ingress" {
    for_each = local.ingress
    content {
      description = ingress.key
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = [ingress.value.cidr]
    }
  }
}
