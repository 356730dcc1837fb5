terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

variable "name" {
  type = string
}

resource "aws_redshift_cluster" "this" {
  cluster_identifier     = var.name
  database_name          = var.name
  master_username        = var.name
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
}
