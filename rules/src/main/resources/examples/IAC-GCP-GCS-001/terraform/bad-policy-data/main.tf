resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = true
}

data "google_iam_policy" "exports" {
  binding {
    role = "roles/storage.admin"
    members = [
      "group:data-platform@example.com",
    ]
  }

  binding {
    role = "roles/storage.objectViewer"
    members = [
      "allUsers",   # expect: IAC-GCP-GCS-001
    ]
  }
}

resource "google_storage_bucket_iam_policy" "exports" {
  bucket      = google_storage_bucket.exports.name
  policy_data = data.google_iam_policy.exports.policy_data
}
