resource "aws_docdb_cluster_parameter_group" "catalog" {
  family = "docdb5.0"
  name   = "catalog"

  parameter {
    name  = "tls"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier              = "catalog"
  master_username                 = "catalog"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.catalog.name
}

# The default parameter group enables TLS.
resource "aws_docdb_cluster" "search" {
  cluster_identifier          = "search"
  master_username             = "search"
  manage_master_user_password = true
  storage_encrypted           = true
}
