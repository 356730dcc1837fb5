# The root module requires provider 6.x; the module it calls only says ">= 5.0".
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

module "warehouse" {
  source = "./modules/warehouse"
  name   = "analytics"
}
