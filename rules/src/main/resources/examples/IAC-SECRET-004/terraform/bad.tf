resource "aws_lambda_function" "notifier" {
  function_name = "notifier"
  role          = aws_iam_role.notifier.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "notifier.zip"

  environment {
    variables = {
      SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/T0IACLINT/B0IACLINT/IacLintFakeHookIacLintFake"   # expect: IAC-SECRET-004
      SLACK_BOT_TOKEN   = "xoxb-1234567890-IacLintFakeSlackToken"   # expect: IAC-SECRET-004
      # A legacy refresh token is one segment after its prefix.
      SLACK_REFRESH     = "xoxr-IacLintFakeSlackRefreshToken01"   # expect: IAC-SECRET-004
    }
  }
}
