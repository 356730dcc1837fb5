bucket_name = "acme-reports"
