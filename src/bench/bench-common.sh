# Sourced by the benchmark scripts with their arguments: moves to the repository root, takes the
# corpus directory from the first argument (default ../shared/corpus/terraform) and shifts it off,
# compiles grammar and linter-core with their test classes (no tests run, nothing installed) and
# sets $cp to core's test classpath with the reactor's classes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
corpus="${1:-$(pwd)/../shared/corpus/terraform}"
shift || true
mvn -q -B -pl grammar,linter-core test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="linter-core/target/test-classes:linter-core/target/classes:$(cat linter-core/target/bench-classpath.txt)"
