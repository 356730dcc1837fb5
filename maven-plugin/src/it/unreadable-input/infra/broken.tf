variable "name" {
  default = "café"
}
