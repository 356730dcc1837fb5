#!/usr/bin/env bash
# HCL parse throughput over shared/corpus/terraform: warm (best and median of several passes after
# a warm-up) and cold (one pass in a fresh JVM). Documented in docs/benchmarks.md.
#
# usage: src/bench/parse-benchmark.sh [CORPUS_DIR] [extra HclParseBenchmark args...]
source "$(dirname "$0")/bench-common.sh"
main=dev.iaclint.bench.HclParseBenchmark

echo "== warm (one JVM)"
java -cp "$cp" "$main" --corpus "$corpus" "$@"
echo
echo "== cold (fresh JVM, first pass)"
java -cp "$cp" "$main" --corpus "$corpus" --cold
