resource "aws_docdb_cluster_parameter_group" "legacy" {
  family      = "docdb5.0"
  name        = "legacy-clients"
  description = "for clients that cannot do TLS"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }

  parameter {
    name  = "tls"
    value = "disabled"   # expect: IAC-AWS-DOCDB-002
  }
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier              = "catalog"
  master_username                 = "catalog"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = "legacy-clients"
}
