resource "aws_lambda_function" "notifier" {
  function_name = "notifier"
  role          = aws_iam_role.notifier.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "notifier.zip"

  environment {
    variables = {
      SLACK_WEBHOOK_SSM = aws_ssm_parameter.slack_webhook.name
    }
  }
}
