variable "region" {
  type    = string
  default = "eu-west-1"
}

locals {
  vpc_cidr = "10.20.0.0/16"
}
