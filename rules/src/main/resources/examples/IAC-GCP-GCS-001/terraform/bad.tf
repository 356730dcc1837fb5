resource "google_storage_bucket" "website" {
  name                        = "acme-website"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_iam_member" "public_read" {
  bucket = google_storage_bucket.website.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"   # expect: IAC-GCP-GCS-001
}

resource "google_storage_bucket_iam_binding" "uploads" {
  bucket = google_storage_bucket.website.name
  role   = "roles/storage.objectCreator"
  members = [
    "serviceAccount:uploader@acme-prod.iam.gserviceaccount.com",
    "allAuthenticatedUsers",   # expect: IAC-GCP-GCS-001
  ]
}
