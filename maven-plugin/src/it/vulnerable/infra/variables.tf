variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "encrypt_logs" {
  description = "Encrypt the log domain at rest."
  type        = bool
  default     = true
}
