provider "github" {
  owner = "example-org"
  token = "ghp_IacLintFakeToken0a1b2c3d4e5f6g7h8i9j"   # expect: IAC-SECRET-002
}
