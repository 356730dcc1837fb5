variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "vpc_id" {
  type = string
}

variable "vpc_cidr" {
  type    = string
  default = "10.20.0.0/16"
}

variable "private_subnet_ids" {
  type = list(string)
}

variable "admin_role_arn" {
  type    = string
  default = "arn:aws:iam::123456789012:role/log-platform-admin"
}
