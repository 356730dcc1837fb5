# Public access prevention makes Cloud Storage refuse the grant.
resource "google_storage_bucket" "backups" {
  name                        = "acme-backups"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket_iam_member" "public" {
  bucket = google_storage_bucket.backups.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
