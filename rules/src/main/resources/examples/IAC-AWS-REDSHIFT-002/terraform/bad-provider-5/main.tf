# With AWS provider 5.x and older, encrypted defaults to false.
resource "aws_redshift_cluster" "warehouse" {   # expect: IAC-AWS-REDSHIFT-002
  cluster_identifier     = "warehouse"
  database_name          = "analytics"
  master_username        = "analytics"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  publicly_accessible    = false
}
