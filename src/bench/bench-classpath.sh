# Sourced by the benchmark scripts: compiles grammar and linter-core with their test classes (no
# tests run, nothing installed) and sets $cp to core's test classpath with the reactor's classes.
mvn -q -B -pl grammar,linter-core test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="linter-core/target/test-classes:linter-core/target/classes:$(cat linter-core/target/bench-classpath.txt)"
