# {name = "…", value = "…"} assigns the value to that name: the generic rule judges it as DB_PASSWORD.
resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1.4"
    environment = [
      { name = "DB_PASSWORD", value = "q8Zr2LmX7vTp4KwN9sBd" },   # expect: IAC-SECRET-011
      { name = "LOG_LEVEL", value = "info" }
    ]
  }])
}

resource "kubernetes_deployment" "app" {
  metadata {
    name = "app"
  }
  spec {
    template {
      spec {
        container {
          name  = "app"
          image = "app:1.4"
          env {
            name  = "API_TOKEN"
            value = "Vb3nK8qLz2Rw5Tx9Md4P"   # expect: IAC-SECRET-011
          }
          env {
            name  = "DB_HOST"
            value = "db.internal.example.com"
          }
        }
      }
    }
  }
}

# The same written as JSON in a heredoc, as older configurations do.
resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  container_definitions = <<-EOF
    [{"name": "worker", "image": "worker:2.0", "environment": [
      {"name": "QUEUE_TOKEN", "value": "Hm7cR2xW9pLq4TzK8vNb"},   # expect: IAC-SECRET-011
      {"name": "QUEUE_NAME", "value": "jobs"}
    ]}]
  EOF
}
