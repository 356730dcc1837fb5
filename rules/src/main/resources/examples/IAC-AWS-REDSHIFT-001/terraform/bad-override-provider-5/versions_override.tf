# Terraform merges this into versions.tf: the aws entry replaces the one there.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}
