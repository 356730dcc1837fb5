variable "encrypted" {
  type    = bool
  default = false
}

resource "aws_redshift_cluster" "reporting" {
  cluster_identifier     = "reporting"
  database_name          = "reports"
  master_username        = "reports"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  publicly_accessible    = false
  encrypted              = var.encrypted   # expect: IAC-AWS-REDSHIFT-002
}
