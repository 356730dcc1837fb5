resource "aws_lambda_function" "notifier" {
  function_name = "notifier"
  role          = aws_iam_role.notifier.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "notifier.zip"

  environment {
    variables = {
      API_TOKEN_ARN = aws_secretsmanager_secret.api.arn
      API_TOKEN     = "REPLACE_ME"
    }
  }
}
