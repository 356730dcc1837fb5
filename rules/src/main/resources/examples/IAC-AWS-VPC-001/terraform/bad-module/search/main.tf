variable "security_group_ids" {
  type = list(string)
}

resource "aws_opensearch_domain" "this" {
  domain_name = "search"

  vpc_options {
    subnet_ids         = ["subnet-0a1b2c3d"]
    security_group_ids = var.security_group_ids
  }
}
