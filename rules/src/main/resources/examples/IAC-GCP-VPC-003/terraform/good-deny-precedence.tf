# A catch-all deny of the same network (the same variable) with a higher precedence blocks
# everything the allow rule would open from the internet.
resource "google_compute_firewall" "allow_all" {
  name     = "allow-all"
  network  = var.network
  priority = 65000

  allow {
    protocol = "all"
  }

  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "deny_internet" {
  name     = "deny-internet"
  network  = var.network
  priority = 64000

  deny {
    protocol = "all"
  }

  source_ranges = ["0.0.0.0/0"]
}

variable "network" {
  type = string
}
