data "http" "status" {
  url = "https://status.example.com/api/v1/health"
  request_headers = {
    Authorization = "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJpYWNsaW50LWV4YW1wbGUiLCJmYWtlIjp0cnVlfQ.IacLintFakeSignatureIacLintFakeSignature"   # expect: IAC-SECRET-005
  }
}
