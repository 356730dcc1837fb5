resource "aws_instance" "web" {
  ami                  = "ami-0c55b159cbfafe1f0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.web.name
  user_data            = <<-EOF
    #!/bin/bash
    export DB_PASSWORD="$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)"
    export DB_HOST=${aws_db_instance.main.address}
    /opt/app/start.sh
  EOF
}
