resource "aws_lambda_function" "notifier" {
  function_name = "notifier"
  role          = aws_iam_role.notifier.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "notifier.zip"

  environment {
    variables = {
      STRIPE_SECRET_ARN = aws_secretsmanager_secret.stripe.arn
      STRIPE_PUBLISHABLE_KEY = "pk_live_IacLintFakeKeyIacLintFakeKey"
    }
  }
}
