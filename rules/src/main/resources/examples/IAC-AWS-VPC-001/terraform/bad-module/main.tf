resource "aws_security_group" "search" {
  name   = "search"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: IAC-AWS-VPC-001
  }
}

# The domain is in a module; the group reaches it through a module argument.
module "search" {
  source             = "./search"
  security_group_ids = [aws_security_group.search.id]
}
