package dev.iaclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iaclint.core.scan.Scanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secret findings carry a fingerprint in the JSON and SARIF reports (a salted hash of rule,
 * resource and value) so that baselines and code-scanning alerts work without storing the secret.
 */
class SecretFingerprintCliTest {
  private static final String PASSWORD = "Fp-" + "k7Qz2Lm9Xw4R";
  private static final String OTHER_PASSWORD = "Fp-" + "b3Nv8Tr1Hy6C";

  @TempDir
  Path dir;

  private static String tf(String password, int blankLinesAbove) {
    return "\n".repeat(blankLinesAbove) + """
        resource "aws_db_instance" "main" {
          password = "%s"
        }
        """.formatted(password);
  }

  private List<String> fingerprints(String format) throws IOException {
    StringWriter out = new StringWriter();
    CliEnvironment cli = new CliEnvironment(new PrintWriter(out), new PrintWriter(new StringWriter()),
        Map.of(), dir, false, false, Scanner::installedRules, Scanner::new, Clock.systemUTC());
    Main.run(cli, "scan", ".", "--format", format, "--include", "IAC-SECRET-007");
    JsonNode report = new ObjectMapper().readTree(out.toString());
    List<String> prints = new ArrayList<>();
    if (format.equals("json")) {
      report.get("findings").forEach(f -> prints.add(f.get("fingerprint").asText()));
    } else {
      report.get("runs").get(0).get("results")
          .forEach(r -> prints.add(r.get("partialFingerprints").get("iaclint/v1").asText()));
    }
    assertThat(prints).as("%s fingerprints", format).hasSize(1).allSatisfy(p ->
        assertThat(p).matches("[0-9a-f]{32}").doesNotContain(PASSWORD).doesNotContain(OTHER_PASSWORD));
    assertThat(out.toString()).doesNotContain(PASSWORD);
    return prints;
  }

  @Test
  void theFingerprintIsStableAcrossRunsAndTheSameInJsonAndSarif() throws IOException {
    Files.writeString(dir.resolve("main.tf"), tf(PASSWORD, 0));

    List<String> first = fingerprints("json");
    assertThat(fingerprints("json")).isEqualTo(first);
    assertThat(fingerprints("sarif")).isEqualTo(first);
  }

  @Test
  void theFingerprintSurvivesMovedLinesButNotAnotherSecret() throws IOException {
    Files.writeString(dir.resolve("main.tf"), tf(PASSWORD, 0));
    List<String> original = fingerprints("json");

    Files.writeString(dir.resolve("main.tf"), tf(PASSWORD, 5));
    assertThat(fingerprints("json")).as("same secret, moved down").isEqualTo(original);

    Files.writeString(dir.resolve("main.tf"), tf(OTHER_PASSWORD, 0));
    assertThat(fingerprints("json")).as("a rotated secret is a new finding").isNotEqualTo(original);
  }
}
