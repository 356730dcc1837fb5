variable "cache_auth_token" {
  type      = string
  sensitive = true
}

locals {
  auth_token = var.cache_auth_token
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session store"
  transit_encryption_enabled = true
  auth_token                 = local.auth_token
}
