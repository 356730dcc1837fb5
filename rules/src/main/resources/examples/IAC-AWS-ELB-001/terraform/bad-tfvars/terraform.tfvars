listener_protocol = "HTTP"
