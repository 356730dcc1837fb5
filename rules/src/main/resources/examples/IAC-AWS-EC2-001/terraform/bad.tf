# No metadata_options: http_tokens defaults to "optional".
resource "aws_instance" "web" { # expect: IAC-AWS-EC2-001
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}

resource "aws_instance" "api" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # expect: IAC-AWS-EC2-001
  }
}

resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0c55b159cbfafe1f0"

  metadata_options { # expect: IAC-AWS-EC2-001
    http_put_response_hop_limit = 2
  }
}

# Its own http_tokens overrides the launch template's.
resource "aws_instance" "override" {
  launch_template {
    id = aws_launch_template.workers.id
  }
  metadata_options {
    http_tokens = "optional" # expect: IAC-AWS-EC2-001
  }
}

resource "aws_launch_configuration" "legacy" { # expect: IAC-AWS-EC2-001
  name_prefix   = "legacy-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}
