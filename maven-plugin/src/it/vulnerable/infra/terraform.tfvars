# "Encryption made the migration slow; turn it back on later."
encrypt_logs = false
