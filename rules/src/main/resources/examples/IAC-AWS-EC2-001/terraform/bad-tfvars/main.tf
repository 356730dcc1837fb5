variable "imds_tokens" {
  type    = string
  default = "required"
}

resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0c55b159cbfafe1f0"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = var.imds_tokens # expect: IAC-AWS-EC2-001
  }
}
