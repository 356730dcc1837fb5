#!/usr/bin/env bash
# HCL parse throughput over shared/corpus/terraform: warm (best and median of several passes after
# a warm-up) and cold (one pass in a fresh JVM). Documented in docs/benchmarks.md.
#
# usage: src/bench/parse-benchmark.sh [CORPUS_DIR] [extra HclParseBenchmark args...]
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
corpus="${1:-$root/../shared/corpus/terraform}"
shift || true

# Compile main and test classes of grammar and core (no tests run, nothing installed) and write
# core's test classpath, with the reactor's grammar classes, to a file.
mvn -q -B -pl grammar,linter-core test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test

cp="linter-core/target/test-classes:linter-core/target/classes:$(cat linter-core/target/bench-classpath.txt)"
main=dev.iaclint.bench.HclParseBenchmark

echo "== warm (one JVM)"
java -cp "$cp" "$main" --corpus "$corpus" "$@"
echo
echo "== cold (fresh JVM, first pass)"
java -cp "$cp" "$main" --corpus "$corpus" --cold
