data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

# Even on Amazon Linux 2023, an explicit "optional" turns IMDSv1 back on.
resource "aws_instance" "app" {
  ami           = data.aws_ssm_parameter.al2023.value
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "optional" # expect: IAC-AWS-EC2-001
  }
}

data "aws_ssm_parameter" "al2" {
  name = "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2"
}

# Amazon Linux 2 images default to optional.
resource "aws_instance" "legacy" { # expect: IAC-AWS-EC2-001
  ami           = data.aws_ssm_parameter.al2.value
  instance_type = "t3.micro"
}
