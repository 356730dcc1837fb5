resource "aws_sqs_queue" "logs" {
  fifo_queue = false
  name   = = "logs"
}
