resource "aws_iam_server_certificate" "web" {
  name             = "web"
  certificate_body = file("certs/web.crt")
  private_key      = "-----BEGIN RSA PRIVATE KEY-----\nIacLintFakeKeyMaterialIacLintFakeKeyMaterialIacLintFakeKeyMateri\nIacLintFakeKeyMaterialIacLintFakeKeyMaterialIacLintFakeKeyMateri\nIacLintFakeKeyMaterialIacLintFakeKeyMaterialIacLintFakeKeyMateri\n-----END RSA PRIVATE KEY-----\n"   # expect: IAC-SECRET-006
}
