resource "google_compute_firewall" "ssh_from_iap" {
  name    = "allow-ssh-from-iap"
  network = "projects/acme-prod/global/networks/prod"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["35.235.240.0/20"]
}

resource "google_compute_firewall" "ssh_disabled" {
  name     = "allow-ssh-break-glass"
  network  = "projects/acme-prod/global/networks/prod"
  disabled = true

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "deny_ssh" {
  name     = "deny-ssh"
  network  = "projects/acme-prod/global/networks/prod"
  priority = 100

  deny {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["0.0.0.0/0"]
}
