# Only the generated block whose source is the world reports: the search port is open to the VPC.
locals {
  ingress = {
    search = { port = 9200, cidr = "10.0.0.0/16" }
    ssh    = { port = 22, cidr = "0.0.0.0/0" }
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
      cidr_blocks = [ingress.value.cidr]   # expect: IAC-AWS-VPC-002
    }
  }
}
