# Overrides the safe default for an old client.
tls_policy = "ELBSecurityPolicy-TLS-1-1-2017-01"
