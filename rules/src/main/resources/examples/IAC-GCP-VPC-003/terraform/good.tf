resource "google_compute_firewall" "internal" {
  name    = "allow-internal"
  network = "projects/acme-prod/global/networks/prod"

  allow {
    protocol = "all"
  }

  source_ranges = ["10.128.0.0/9"]
}

resource "google_compute_firewall" "egress" {
  name               = "allow-egress"
  network            = "projects/acme-prod/global/networks/prod"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "icmp" {
  name    = "allow-icmp"
  network = "projects/acme-prod/global/networks/prod"

  allow {
    protocol = "icmp"
  }

  source_ranges = ["0.0.0.0/0"]
}
