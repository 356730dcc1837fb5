terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

resource "aws_redshift_cluster" "reporting" {
  cluster_identifier     = "reporting"
  database_name          = "reports"
  master_username        = "reports"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  publicly_accessible    = true   # expect: IAC-AWS-REDSHIFT-001
}

resource "aws_redshiftserverless_workgroup" "adhoc" {
  namespace_name      = "adhoc"
  workgroup_name      = "adhoc"
  publicly_accessible = true   # expect: IAC-AWS-REDSHIFT-001
}
