resource "aws_security_group" "search" {
  name   = "search"
  vpc_id = "vpc-0a1b2c3d"

  # The REST API only from inside the VPC.
  ingress {
    from_port   = 9200
    to_port     = 9200
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  # Kibana from the application's security group.
  ingress {
    from_port       = 5601
    to_port         = 5601
    protocol        = "tcp"
    security_groups = ["sg-0123456789abcdef0"]
  }
}

resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"

  vpc_options {
    subnet_ids         = ["subnet-0a1b2c3d"]
    security_group_ids = [aws_security_group.search.id]
  }
}

resource "aws_vpc_security_group_ingress_rule" "domain_https" {
  security_group_id = aws_security_group.search.id
  cidr_ipv4         = "10.0.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

# 443 from anywhere on a group no search domain uses: a public web server.
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
