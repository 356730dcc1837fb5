resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.large"

  metadata_options {
    http_tokens = "required"
  }
}

# Started from the launch template above, which requires tokens.
resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.workers.id
    version = "$Latest"
  }
}

# The metadata service is off altogether.
resource "aws_launch_configuration" "batch" {
  name_prefix   = "batch-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "disabled"
  }
}
