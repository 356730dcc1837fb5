resource "google_compute_firewall" "elasticsearch" {
  name    = "allow-elasticsearch"
  network = "projects/acme-prod/global/networks/prod"

  allow {
    protocol = "tcp"
    ports    = ["9200-9300", "5601"]
  }

  source_ranges = ["0.0.0.0/0"]   # expect: IAC-GCP-VPC-001
  target_tags   = ["elasticsearch"]
}

resource "google_compute_firewall" "kibana" {   # expect: IAC-GCP-VPC-001
  name    = "allow-kibana"
  network = "projects/acme-prod/global/networks/prod"

  allow {
    protocol = "tcp"
    ports    = ["5601"]
  }
}
