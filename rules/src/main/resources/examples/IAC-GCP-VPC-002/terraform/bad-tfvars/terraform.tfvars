# Opened "temporarily" for a contractor.
admin_source_ranges = ["35.235.240.0/20", "0.0.0.0/0"]
