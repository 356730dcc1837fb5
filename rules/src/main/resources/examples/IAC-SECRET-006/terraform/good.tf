resource "aws_iam_server_certificate" "web" {
  name             = "web"
  certificate_body = file("certs/web.crt")
  private_key      = tls_private_key.web.private_key_pem
}
