# No ssl_policy: the listener gets ELBSecurityPolicy-2016-08, which accepts TLS 1.0.
resource "aws_lb_listener" "default_policy" { # expect: IAC-AWS-ELB-002
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/0123456789abcdef"
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/3f1c2a7e-0000-4000-8000-000000000001"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"
  }
}

resource "aws_lb_listener" "legacy" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/0123456789abcdef"
  port              = 8443
  protocol          = "https"
  ssl_policy        = "ELBSecurityPolicy-2016-08" # expect: IAC-AWS-ELB-002
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/3f1c2a7e-0000-4000-8000-000000000001"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"
  }
}

resource "aws_lb_listener" "nlb_tls11" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/api/0123456789abcdef"
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-1-2021-06" # expect: IAC-AWS-ELB-002
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/3f1c2a7e-0000-4000-8000-000000000002"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api/0123456789abcdef"
  }
}

resource "aws_alb_listener" "old_alias" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/0123456789abcdef"
  port              = 9443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS-1-0-2015-04" # expect: IAC-AWS-ELB-002
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/3f1c2a7e-0000-4000-8000-000000000001"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"
  }
}

# A FIPS variant of a TLS 1.1-minimum policy is still TLS 1.1.
resource "aws_lb_listener" "fips_tls11" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/api/0123456789abcdef"
  port              = 8443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04" # expect: IAC-AWS-ELB-002
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/3f1c2a7e-0000-4000-8000-000000000001"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api/0123456789abcdef"
  }
}

# A policy the rule's list does not name, whose name still gives TLS 1.0 as its minimum.
resource "aws_lb_listener" "unlisted_tls10" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/0123456789abcdef"
  port              = 11443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09" # expect: IAC-AWS-ELB-002
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/3f1c2a7e-0000-4000-8000-000000000001"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"
  }
}
