# The deny rule would block SSH, but it comes after the allow rule (the default priority 1000),
# while the RDP allow rule is evaluated before it.
resource "google_compute_firewall" "ssh" {
  name     = "allow-ssh"
  network  = "default"
  priority = 999

  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }

  source_ranges = ["0.0.0.0/0"]   # expect: IAC-GCP-VPC-002
}

resource "google_compute_firewall" "deny_admin" {
  name    = "deny-admin"
  network = "default"

  deny {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }
}
