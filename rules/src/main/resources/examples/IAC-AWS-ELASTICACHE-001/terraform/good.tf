resource "random_password" "sessions" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session store"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = random_password.sessions.result
}

resource "aws_elasticache_user_group" "app" {
  engine        = "REDIS"
  user_group_id = "app"
  user_ids      = ["default-disabled", "app"]
}

resource "aws_elasticache_replication_group" "queue" {
  replication_group_id       = "queue"
  description                = "job queue"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.app.user_group_id]
}
