resource "aws_ebs_volume" "scratch" { # expect: IAC-AWS-EC2-002
  availability_zone = "eu-west-1a"
  size              = 10
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = false # expect: IAC-AWS-EC2-002
}

# No root_block_device: the root volume is as encrypted as the AMI's snapshot (MEDIUM).
resource "aws_instance" "bastion" { # expect: IAC-AWS-EC2-002
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}

resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = false # expect: IAC-AWS-EC2-002
  }

  ebs_block_device { # expect: IAC-AWS-EC2-002
    device_name = "/dev/sdf"
    volume_size = 50
  }
}

resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0c55b159cbfafe1f0"

  block_device_mappings {
    device_name = "/dev/sdf"
    ebs {
      volume_size = 40
      encrypted   = "false" # expect: IAC-AWS-EC2-002
    }
  }
}

resource "aws_launch_configuration" "legacy" {
  name_prefix   = "legacy-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  root_block_device { # expect: IAC-AWS-EC2-002
    volume_size = 20
  }
}
