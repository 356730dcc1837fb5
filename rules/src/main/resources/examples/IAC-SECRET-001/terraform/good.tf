# Credentials come from the environment, a profile or an assumed role, never the configuration.
provider "aws" {
  region = "eu-west-1"
  assume_role {
    role_arn = "arn:aws:iam::123456789012:role/deploy"
  }
}
