resource "google_compute_firewall" "elasticsearch" {
  name    = "allow-elasticsearch-from-apps"
  network = "projects/acme-prod/global/networks/prod"

  allow {
    protocol = "tcp"
    ports    = ["9200", "9300"]
  }

  source_ranges = ["10.20.0.0/16"]
  target_tags   = ["elasticsearch"]
}

resource "google_compute_firewall" "https" {
  name    = "allow-https"
  network = "projects/acme-prod/global/networks/prod"

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }

  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["web"]
}
