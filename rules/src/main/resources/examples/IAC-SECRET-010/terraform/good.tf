resource "aws_lambda_function" "notifier" {
  function_name = "notifier"
  role          = aws_iam_role.notifier.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "notifier.zip"

  environment {
    variables = {
      MAPS_KEY_PARAMETER = aws_ssm_parameter.maps_key.name
    }
  }
}
