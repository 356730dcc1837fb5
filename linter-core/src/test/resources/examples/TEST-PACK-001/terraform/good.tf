resource "test_thing" "ok" {
  encrypted = true
}
