#!/usr/bin/env bash
# Issue 3: parse alone vs. parse + evaluate + graph (the whole Terraform load) over
# shared/corpus/terraform, warm (medians in one JVM) and cold (one pass each in a fresh JVM), with
# the share evaluation takes. Documented in docs/benchmarks.md.
#
# usage: src/bench/terraform-load-benchmark.sh [CORPUS_DIR] [extra TerraformLoadBenchmark args...]
source "$(dirname "$0")/bench-common.sh"
main=dev.iaclint.bench.TerraformLoadBenchmark

echo "== machine: $(nproc) cores;$(uptime | sed 's/.*load/ load/')"
echo "== warm (one JVM)"
java -cp "$cp" "$main" --corpus "$corpus" "$@"
echo
echo "== cold (fresh JVM each, first pass)"
java -cp "$cp" "$main" --corpus "$corpus" --cold parse
java -cp "$cp" "$main" --corpus "$corpus" --cold load
echo "== load after: $(uptime | sed 's/.*load average: //')"
