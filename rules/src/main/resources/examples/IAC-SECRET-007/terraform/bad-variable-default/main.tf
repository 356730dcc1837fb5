variable "db_password" {
  type      = string
  sensitive = true
  default   = "Hunter2-IacLint"   # expect: IAC-SECRET-007
}

resource "aws_rds_cluster" "main" {
  engine          = "aurora-postgresql"
  master_username = "app"
  master_password = var.db_password
}
