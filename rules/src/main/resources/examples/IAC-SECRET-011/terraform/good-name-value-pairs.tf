# The container reads its password from Secrets Manager; plain settings are not secrets.
resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1.4"
    environment = [
      { name = "LOG_LEVEL", value = "info" },
      { name = "DB_PASSWORD_ARN", value = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf" }
    ]
    secrets = [
      { name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf" }
    ]
  }])
}

# password_encryption names PostgreSQL's hashing scheme, not a password.
resource "aws_db_parameter_group" "postgres" {
  family = "postgres16"
  parameter {
    name  = "password_encryption"
    value = "scram-sha-256"
  }
}
