# versions_override.tf pins AWS provider 5.x, with which publicly_accessible defaults to true.
resource "aws_redshift_cluster" "warehouse" {   # expect: IAC-AWS-REDSHIFT-001
  cluster_identifier     = "warehouse"
  database_name          = "analytics"
  master_username        = "analytics"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  encrypted              = true
}
