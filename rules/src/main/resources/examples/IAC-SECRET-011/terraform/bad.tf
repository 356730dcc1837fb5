resource "aws_lambda_function" "notifier" {
  function_name = "notifier"
  role          = aws_iam_role.notifier.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "notifier.zip"

  environment {
    variables = {
      API_TOKEN = "q8Zr2LmX7vTp4KwN9sBd"   # expect: IAC-SECRET-011
      API_URL   = "https://api.example.com"
    }
  }
}
