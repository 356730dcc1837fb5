resource "aws_lambda_function" "notifier" {
  function_name = "notifier"
  role          = aws_iam_role.notifier.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "notifier.zip"

  environment {
    variables = {
      MAPS_KEY     = "AIzaIacLintFakeGoogleApiKey0123456789ab"   # expect: IAC-SECRET-010
      GITLAB_TOKEN = "glpat-IacLintFakeToken0123"   # expect: IAC-SECRET-010
    }
  }
}
