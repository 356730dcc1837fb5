# The account's instance metadata defaults for the region require tokens: instances and templates
# that leave http_tokens out get "required".
resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens                 = "required"
  http_put_response_hop_limit = 1
}

resource "aws_instance" "app" {
  ami           = "ami-0a1b2c3d4e5f67890"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "workers" {
  name          = "workers"
  image_id      = "ami-0a1b2c3d4e5f67890"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
  }
}
