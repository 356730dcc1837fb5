cache_auth_token = "Hunter2-IacLint-Hunter2-IacLint"   # expect: IAC-SECRET-007
