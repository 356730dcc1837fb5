# A deny rule of higher precedence (lower priority number) blocks the search ports from
# anywhere for every instance of the network, so the broad allow rule below opens none of them.
resource "google_compute_network" "prod" {
  name                    = "prod"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "allow_web" {
  name     = "allow-web-and-search"
  network  = google_compute_network.prod.name
  priority = 1000

  allow {
    protocol = "tcp"
    ports    = ["443", "9200", "5601"]
  }

  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["web"]
}

resource "google_compute_firewall" "deny_search" {
  name     = "deny-search-from-internet"
  network  = google_compute_network.prod.self_link
  priority = 900

  deny {
    protocol = "tcp"
    ports    = ["9200-9300", "5601"]
  }

  source_ranges = ["0.0.0.0/0"]
}

# At equal priority a deny rule wins over an allow rule.
resource "google_compute_firewall" "allow_kibana" {
  name    = "allow-kibana"
  network = "projects/acme-prod/global/networks/prod"

  allow {
    protocol = "tcp"
    ports    = ["5601"]
  }

  source_ranges = ["0.0.0.0/0", "::/0"]
  target_tags   = ["kibana"]
}

resource "google_compute_firewall" "deny_kibana" {
  name    = "deny-kibana"
  network = "prod"
  project = "acme-prod"

  deny {
    protocol = "all"
  }

  source_ranges = ["0.0.0.0/0", "::/0"]
  target_tags   = ["kibana", "dashboards"]
}
