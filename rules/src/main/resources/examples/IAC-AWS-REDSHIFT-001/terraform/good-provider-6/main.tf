# With AWS provider 6.x, publicly_accessible defaults to false.
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  database_name          = "analytics"
  master_username        = "analytics"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
}
