resource "test_thing" "bad" {
  encrypted = false # expect: TEST-PACK-001
}
