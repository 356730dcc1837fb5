data "http" "status" {
  url = "https://status.example.com/api/v1/health"
  request_headers = {
    Authorization = "Bearer ${data.aws_ssm_parameter.status_token.value}"
  }
}
