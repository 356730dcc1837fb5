resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier          = "warehouse"
  database_name               = "analytics"
  master_username             = "analytics"
  manage_master_password      = true
  node_type                   = "ra3.xlplus"
  cluster_type                = "single-node"
  cluster_subnet_group_name   = "private"
  publicly_accessible         = false
  encrypted                   = true
}
