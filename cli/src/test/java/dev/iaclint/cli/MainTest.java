package dev.iaclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @Test
  void unknownOptionIsAUsageErrorWithExitCode2() {
    assertThat(Main.run("scan", "--no-such-option")).isEqualTo(ExitCodes.USAGE_OR_INPUT_ERROR);
  }

  @Test
  void missingPathExitsWith2AndSaysSo() {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.run("scan", "does/not/exist");
    } finally {
      System.setErr(saved);
    }
    assertThat(code).isEqualTo(ExitCodes.USAGE_OR_INPUT_ERROR);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file or directory: does/not/exist");
  }

  @Test
  void emptyDirectoryScansCleanWithExitCode0(@TempDir Path dir) {
    assertThat(Main.run("scan", dir.toString())).isEqualTo(ExitCodes.CLEAN);
  }
}
