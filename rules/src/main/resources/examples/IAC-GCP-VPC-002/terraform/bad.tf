resource "google_compute_firewall" "ssh" {
  name    = "allow-ssh"
  network = "projects/acme-prod/global/networks/prod"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["0.0.0.0/0"]   # expect: IAC-GCP-VPC-002
}

resource "google_compute_firewall" "rdp" {
  name      = "allow-rdp"
  network   = "projects/acme-prod/global/networks/prod"
  direction = "INGRESS"

  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }

  allow {
    protocol = "udp"
    ports    = ["3389"]
  }

  source_ranges = ["10.0.0.0/8", "::/0"]   # expect: IAC-GCP-VPC-002
}
