resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  user_data     = <<-EOF
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAQ2IACLINT7F4KE5W   # expect: IAC-SECRET-008
    export DB_PASSWORD='q8Zr2LmX7vTp4KwN9sBd'   # expect: IAC-SECRET-008
    /opt/app/start.sh
  EOF
}

resource "aws_launch_template" "workers" {
  image_id  = "ami-0c55b159cbfafe1f0"
  user_data = "IyEvYmluL2Jhc2gKZXhwb3J0IEdJVEhVQl9UT0tFTj1naHBfSWFjTGludEZha2VUb2tlbjBhMWIyYzNkNGU1ZjZnN2g4aTlqCg=="   # expect: IAC-SECRET-008
}
