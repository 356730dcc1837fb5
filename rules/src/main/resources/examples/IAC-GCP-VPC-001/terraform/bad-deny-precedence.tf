resource "google_compute_network" "prod" {
  name = "prod"
}

resource "google_compute_network" "staging" {
  name = "staging"
}

# The deny rule has a higher priority number, so it is evaluated after the allow rule.
resource "google_compute_firewall" "allow_search" {
  name     = "allow-search"
  network  = google_compute_network.prod.name
  priority = 500

  allow {
    protocol = "tcp"
    ports    = ["9200"]
  }

  source_ranges = ["0.0.0.0/0"]   # expect: IAC-GCP-VPC-001
}

resource "google_compute_firewall" "deny_search_late" {
  name     = "deny-search-late"
  network  = google_compute_network.prod.name
  priority = 600

  deny {
    protocol = "tcp"
    ports    = ["9200"]
  }

  source_ranges = ["0.0.0.0/0"]
}

# The deny rule targets only some of the instances the allow rule opens.
resource "google_compute_firewall" "allow_kibana" {
  name    = "allow-kibana"
  network = google_compute_network.prod.name

  allow {
    protocol = "tcp"
    ports    = ["5601"]
  }

  source_ranges = ["0.0.0.0/0"]   # expect: IAC-GCP-VPC-001
  target_tags   = ["kibana", "web"]
}

resource "google_compute_firewall" "deny_kibana_some" {
  name     = "deny-kibana-some"
  network  = google_compute_network.prod.name
  priority = 100

  deny {
    protocol = "tcp"
    ports    = ["5601"]
  }

  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["kibana"]
}

# The deny rule is in another network.
resource "google_compute_firewall" "deny_transport_staging" {
  name     = "deny-transport"
  network  = google_compute_network.staging.name
  priority = 100

  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "allow_transport" {
  name    = "allow-transport"
  network = google_compute_network.prod.name

  allow {
    protocol = "tcp"
    ports    = ["9300"]
  }

  source_ranges = ["0.0.0.0/0"]   # expect: IAC-GCP-VPC-001
}

# The deny rule blocks IPv4 only; the allow rule also admits every IPv6 address.
resource "google_compute_firewall" "allow_dual_stack" {
  name    = "allow-search-dual-stack"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["9200"]
  }

  source_ranges = ["0.0.0.0/0", "::/0"]   # expect: IAC-GCP-VPC-001
}

resource "google_compute_firewall" "deny_ipv4" {
  name     = "deny-search-ipv4"
  network  = "default"
  priority = 10

  deny {
    protocol = "tcp"
    ports    = ["9200"]
  }

  source_ranges = ["0.0.0.0/0"]
}
