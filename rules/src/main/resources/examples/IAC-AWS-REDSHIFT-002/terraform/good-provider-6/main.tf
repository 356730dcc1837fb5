# With AWS provider 6.x, encrypted defaults to true.
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  database_name          = "analytics"
  master_username        = "analytics"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  publicly_accessible    = false
}
