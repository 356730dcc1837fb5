resource "aws_elasticache_replication_group" "sessions" {   # expect: IAC-AWS-ELASTICACHE-001
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
