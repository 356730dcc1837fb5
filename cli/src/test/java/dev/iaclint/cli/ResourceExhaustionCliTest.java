package dev.iaclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.rule.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan that runs out of memory (or stack) must not exit 1, which CI reads as "findings": it is
 * a failure to scan, exit 2, with one line saying what to do instead of a JVM stack trace.
 */
class ResourceExhaustionCliTest {
  @TempDir
  Path dir;

  private CliRun scanWhoseRulesThrow(Error error) throws IOException {
    Files.writeString(dir.resolve("main.tf"), "resource \"aws_s3_bucket\" \"b\" {}\n");
    Supplier<List<Rule>> failing = () -> {
      throw error;
    };
    return CliRun.in(dir, Map.of(), false, failing, "scan", ".");
  }

  @Test
  void runningOutOfMemoryExitsTwoAndSaysHowToGiveTheScanMore() throws IOException {
    CliRun run = scanWhoseRulesThrow(new OutOfMemoryError("Java heap space"));
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("iaclint: out of memory", "IACLINT_JAVA_OPTS=-Xmx").doesNotContain("\tat ");
  }

  @Test
  void aStackOverflowExitsTwoAsAnInternalError() throws IOException {
    CliRun run = scanWhoseRulesThrow(new StackOverflowError());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("iaclint: internal error (StackOverflowError)").doesNotContain("\tat ");
  }
}
