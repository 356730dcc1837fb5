#!/usr/bin/env bash
# Whole-scan time and memory: `iaclint scan` (every loader and rule, JSON report) over the corpus,
# as a user runs it, in a fresh JVM each time. Prints wall and CPU time and peak RSS at the default
# heap, then the smallest of a series of -Xmx limits the scan still completes in. Documented in
# docs/benchmarks.md.
#
# usage: src/bench/scan-benchmark.sh [DIR ...]   (default: ../shared/corpus and ../shared/corpus/terraform)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -q -B -DskipTests -pl cli -am package
jar=cli/target/iaclint.jar
if [ "$#" -eq 0 ]; then
  set -- "$(pwd)/../shared/corpus" "$(pwd)/../shared/corpus/terraform"
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Runs one scan; prints "wall_s cpu_s maxrss_kB exit".
run() {
  local heap="$1" dir="$2" code=0
  /usr/bin/time -f "%e %U %S %M" -o "$out/time" \
    java ${heap:+-Xmx$heap} -jar "$jar" scan "$dir" --format json --no-color >"$out/report.json" 2>"$out/err" || code=$?
  # GNU time puts "Command exited with non-zero status N" first when the scan reports findings.
  read -r wall user sys rss < <(tail -n 1 "$out/time")
  echo "$wall $(echo "$user + $sys" | bc) $rss $code"
}

echo "== machine: $(nproc) cores;$(uptime | sed 's/.*load/ load/')"
for dir in "$@"; do
  [ -d "$dir" ] || { echo "not a directory: $dir" >&2; exit 2; }
  size=$(du -sm "$dir" | cut -f1)
  echo "== $dir ($size MB on disk)"
  read -r wall cpu rss code < <(run "" "$dir")
  echo "default heap: wall ${wall} s, cpu ${cpu} s, peak RSS $((rss / 1024)) MB, exit $code"
  cp "$out/report.json" "$out/baseline.json"
  baseline="$code"
  smallest=""
  for heap in 1024m 512m 384m 256m 192m 128m 96m 64m; do
    read -r wall cpu rss code < <(run "$heap" "$dir")
    # Completing means the same exit code and a byte-identical report (the output is deterministic).
    if [ "$code" != "$baseline" ] || ! cmp -s "$out/report.json" "$out/baseline.json"; then
      echo "-Xmx$heap: does not complete (exit $code$(grep -q OutOfMemoryError "$out/err" && echo ', OutOfMemoryError'))"
      break
    fi
    smallest="$heap"
    echo "-Xmx$heap: wall ${wall} s, cpu ${cpu} s, peak RSS $((rss / 1024)) MB"
  done
  echo "smallest heap tried that completes: ${smallest:-none}"
done
echo "== load after: $(uptime | sed 's/.*load average: //')"
