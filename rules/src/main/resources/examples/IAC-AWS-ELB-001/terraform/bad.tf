resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP" # expect: IAC-AWS-ELB-001

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"
  }
}

# No protocol: HTTP, the provider's default on an Application Load Balancer.
resource "aws_alb_listener" "implicit_http" { # expect: IAC-AWS-ELB-001
  load_balancer_arn = aws_lb.web.arn
  port              = 8080

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"
  }
}

# A redirect that keeps the request's protocol is still plain HTTP.
resource "aws_lb_listener" "same_protocol_redirect" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8081
  protocol          = "HTTP" # expect: IAC-AWS-ELB-001

  default_action {
    type = "redirect"
    redirect {
      host        = "www.example.com"
      protocol    = "#{protocol}"
      status_code = "HTTP_302"
    }
  }
}

resource "aws_lb" "internal" {
  name     = "internal"
  internal = true
  subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

# Reported as MEDIUM: the load balancer is internal, the traffic is still clear text.
resource "aws_lb_listener" "internal_http" {
  load_balancer_arn = aws_lb.internal.arn
  port              = 80
  protocol          = "HTTP" # expect: IAC-AWS-ELB-001

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}
