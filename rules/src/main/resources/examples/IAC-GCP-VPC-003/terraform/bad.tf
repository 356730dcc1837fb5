resource "google_compute_firewall" "allow_all" {
  name    = "allow-all"
  network = "projects/acme-prod/global/networks/prod"

  allow {
    protocol = "all"
  }

  source_ranges = ["0.0.0.0/0"]   # expect: IAC-GCP-VPC-003
}

resource "google_compute_firewall" "all_tcp" {
  name    = "allow-all-tcp"
  network = "projects/acme-prod/global/networks/prod"

  allow {
    protocol = "tcp"
    ports    = ["0-65535"]
  }

  source_ranges = ["0.0.0.0/0"]   # expect: IAC-GCP-VPC-003
}
