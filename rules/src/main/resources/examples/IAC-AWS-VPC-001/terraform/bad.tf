resource "aws_security_group" "elasticsearch" {
  name   = "elasticsearch"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    from_port   = 9200
    to_port     = 9300
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: IAC-AWS-VPC-001
  }
}

resource "aws_security_group_rule" "kibana" {
  type              = "ingress"
  security_group_id = aws_security_group.elasticsearch.id
  from_port         = 5601
  to_port           = 5601
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"] # expect: IAC-AWS-VPC-001
}

# A managed domain in a VPC answers on 443: its group must not admit 443 from anywhere.
resource "aws_security_group" "domain" {
  name   = "domain"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_vpc_security_group_ingress_rule" "domain_https" {
  security_group_id = aws_security_group.domain.id
  cidr_ipv4         = "0.0.0.0/0" # expect: IAC-AWS-VPC-001
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_elasticsearch_domain" "logs" {
  domain_name = "logs"

  vpc_options {
    subnet_ids         = ["subnet-0a1b2c3d"]
    security_group_ids = [aws_security_group.domain.id]
  }
}
