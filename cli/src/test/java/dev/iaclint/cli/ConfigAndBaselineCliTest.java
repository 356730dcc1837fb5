package dev.iaclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigAndBaselineCliTest {
  @TempDir
  Path dir;

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static JsonNode json(String s) throws IOException {
    return new ObjectMapper().readTree(s);
  }

  @Test
  void configInAParentUpToTheRepositoryRootIsUsed() throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    write(".iaclint.yml", "format: json\nfail-on: CRITICAL\n");
    write("infra/main.tf", ScanCommandTest.DOMAIN.replace("  password = \"" + ScanCommandTest.SECRET + "\"\n", ""));
    CliRun run = CliRun.in(dir, "scan", "infra");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(json(run.out).get("findings")).hasSize(2);
  }

  @Test
  void commandLineOptionsOverrideTheFile() throws IOException {
    write(".iaclint.yml", "format: json\nsoft-fail: true\n");
    write("main.tf", ScanCommandTest.DOMAIN);
    CliRun run = CliRun.in(dir, "scan", "--format", "gcc", "--no-soft-fail");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).startsWith("main.tf:");
  }

  @Test
  void perRuleSeverityOverridesAndDisabledRules() throws IOException {
    write(".iaclint.yml", """
        format: json
        rules:
          TEST-ENC-001:
            severity: LOW
          TEST-SEC-001:
            enabled: false
        """);
    write("main.tf", ScanCommandTest.DOMAIN);
    JsonNode report = json(CliRun.in(dir, "scan").out);
    assertThat(report.get("findings")).hasSize(2);
    assertThat(report.get("summary").get("LOW").asInt()).isEqualTo(1);
    assertThat(report.get("summary").get("CRITICAL").asInt()).isZero();
  }

  @Test
  void aConfigNamedWithConfigIsUsedAndItsOutputsWritten() throws IOException {
    write("ci/iaclint.yml", "output:\n  - sarif=out/iaclint.sarif\nexclude: [secrets]\n");
    write("main.tf", ScanCommandTest.DOMAIN);
    CliRun run = CliRun.in(dir, "scan", "--config", "ci/iaclint.yml", "-f", "json");
    assertThat(json(run.out).get("findings")).hasSize(2);
    assertThat(Files.exists(dir.resolve("ci/out/iaclint.sarif"))).isTrue();
  }

  @Test
  void anUnknownKeyIsAnErrorWithFileLineAndColumn() throws IOException {
    write(".iaclint.yml", "format: json\nfial-on: HIGH\n");
    CliRun run = CliRun.in(dir, "scan");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains(".iaclint.yml:2:1: unknown key 'fial-on' (did you mean 'fail-on'?)");
    assertThat(run.out).isEmpty();
  }

  @Test
  void aBadValueIsAnErrorWithFileLineAndColumn() throws IOException {
    write(".iaclint.yml", "rules:\n  TEST-ENC-001:\n    severity: URGENT\n");
    CliRun run = CliRun.in(dir, "scan");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains(".iaclint.yml:3:15: rules.TEST-ENC-001.severity must be one of CRITICAL, HIGH, MEDIUM, LOW, not 'URGENT'");
  }

  @Test
  void aMissingConfigFileIsAnError() {
    CliRun run = CliRun.in(dir, "scan", "--config", "nope.yml");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("nope.yml: no such configuration file");
  }

  @Test
  void baselineRecordsTodaysFindingsAndThenReportsOnlyNewOnes() throws IOException {
    write("main.tf", ScanCommandTest.DOMAIN);
    CliRun create = CliRun.in(dir, "scan", "--baseline-create", "baseline.json");
    assertThat(create.exitCode).as(create.toString()).isZero();
    String baseline = Files.readString(dir.resolve("baseline.json"));
    assertThat(baseline).doesNotContain(ScanCommandTest.SECRET).contains("\"fingerprint\"", "TEST-ENC-001");
    assertThat(json(baseline).get("findings")).hasSize(3);

    // Lines move: still matched.
    write("main.tf", "\n\n" + ScanCommandTest.DOMAIN);
    CliRun same = CliRun.in(dir, "scan", "--baseline", "baseline.json", "-f", "json");
    assertThat(same.exitCode).isZero();
    JsonNode report = json(same.out);
    assertThat(report.get("findings")).hasSize(3);
    assertThat(report.get("findings").get(0).get("suppression").get("kind").asText()).isEqualTo("baseline");

    // A new finding is reported.
    write("other.tf", "resource \"aws_s3_bucket\" \"new\" {\n  logging = true\n  encryption {\n    enabled = false\n  }\n}\n");
    CliRun added = CliRun.in(dir, "scan", "--baseline", "baseline.json", "-f", "gcc");
    assertThat(added.exitCode).isEqualTo(1);
    assertThat(added.out.lines()).containsExactly(
        "other.tf:4:5: error: encryption.enabled is bool [TEST-ENC-001]");
  }

  @Test
  void aMissingOrBrokenBaselineIsAnError() throws IOException {
    assertThat(CliRun.in(dir, "scan", "--baseline", "nope.json").err).contains("baseline file not found");
    write("bad.json", "{\"version\": 1}");
    CliRun run = CliRun.in(dir, "scan", "--baseline", "bad.json");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("not a baseline file");
  }
}
