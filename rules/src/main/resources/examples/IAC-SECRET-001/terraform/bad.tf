provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAQ2IACLINT7F4KE5W"   # expect: IAC-SECRET-001
  secret_key = "IacLint/FakeSecretKey+Q7w2Zr9Xk4Tm8Vb3Np"   # expect: IAC-SECRET-001
}
