output "name" {
  value = var.service_name
}
