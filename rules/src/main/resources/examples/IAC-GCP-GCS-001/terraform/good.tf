resource "google_storage_bucket" "reports" {
  name                        = "acme-reports"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_iam_member" "analysts" {
  bucket = google_storage_bucket.reports.name
  role   = "roles/storage.objectViewer"
  member = "group:analysts@example.com"
}

resource "google_storage_bucket_iam_binding" "writers" {
  bucket = google_storage_bucket.reports.name
  role   = "roles/storage.objectCreator"
  members = [
    "serviceAccount:reporting@acme-prod.iam.gserviceaccount.com",
  ]
}
