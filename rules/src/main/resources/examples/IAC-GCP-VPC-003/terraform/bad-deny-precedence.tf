# Denying SSH in front of an allow-all rule still leaves every other port (and all of UDP) open.
resource "google_compute_firewall" "allow_all" {
  name    = "allow-all"
  network = var.network

  allow {
    protocol = "all"
  }

  source_ranges = ["0.0.0.0/0"]   # expect: IAC-GCP-VPC-003
}

resource "google_compute_firewall" "deny_ssh" {
  name     = "deny-ssh"
  network  = var.network
  priority = 100

  deny {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["0.0.0.0/0"]
}

variable "network" {
  type = string
}
