variable "service_name" {
  type    = string
  default = "service-a"
}
