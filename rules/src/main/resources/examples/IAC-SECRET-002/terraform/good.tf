# The provider reads GITHUB_TOKEN from the environment.
provider "github" {
  owner = "example-org"
}
