variable "listener_protocol" {
  type    = string
  default = "HTTPS"
}

resource "aws_lb_listener" "api" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/api/0123456789abcdef"
  port              = 80
  protocol          = var.listener_protocol # expect: IAC-AWS-ELB-001

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api/0123456789abcdef"
  }
}
