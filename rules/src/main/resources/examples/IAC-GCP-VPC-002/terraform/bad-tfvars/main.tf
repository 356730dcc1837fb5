variable "admin_source_ranges" {
  description = "Networks allowed to reach the bastion over SSH"
  type        = list(string)
  default     = ["35.235.240.0/20"]
}

resource "google_compute_firewall" "bastion_ssh" {
  name    = "bastion-ssh"
  network = "projects/acme-prod/global/networks/prod"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = var.admin_source_ranges   # expect: IAC-GCP-VPC-002
  target_tags   = ["bastion"]
}
