package dev.iaclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --rules DIR} and {@code custom-rules:} in {@code .iaclint.yml}: users' own YAML rules. */
class CustomRulesCliTest {
  @TempDir
  Path dir;

  /** Fails every domain whose {@code logging} is not true. */
  static final String LOGGING_RULE = """
      id: ACME-LOG-001
      title: Domain does not log
      severity: HIGH
      category: logging
      description: Without logs nobody sees an attack.
      remediation: Set logging = true.
      links: [https://example.test/acme-log-001]
      match:
        terraform:
          types: [aws_opensearch_domain]
          assert: {path: logging, equals: true, whenAbsent: false}
      """;

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static List<String> ruleIds(String json) throws IOException {
    List<String> ids = new ArrayList<>();
    new ObjectMapper().readTree(json).get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
    return ids;
  }

  private void domainWithoutLogging() throws IOException {
    write("infra/main.tf", ScanCommandTest.DOMAIN.replace("logging = true", "logging = false"));
  }

  @Test
  void rulesOptionAddsTheDirectorysRulesToTheScan() throws IOException {
    write("policies/logging.yaml", LOGGING_RULE);
    domainWithoutLogging();
    CliRun run = CliRun.in(dir, "scan", "--rules", "policies", "--format", "json", "infra");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(ruleIds(run.out)).contains("ACME-LOG-001");
  }

  @Test
  void customRuleThatPassesReportsNothing() throws IOException {
    write("policies/logging.yaml", LOGGING_RULE);
    write("infra/main.tf", ScanCommandTest.DOMAIN);
    CliRun run = CliRun.in(dir, "scan", "--rules", "policies", "--format", "json", "infra");
    assertThat(ruleIds(run.out)).doesNotContain("ACME-LOG-001");
  }

  @Test
  void customRuleIdsCanBeSelectedWithInclude() throws IOException {
    write("policies/logging.yaml", LOGGING_RULE);
    domainWithoutLogging();
    CliRun run = CliRun.in(dir, "scan", "--rules", "policies", "--include", "ACME-LOG-001",
        "--format", "json", "infra");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(ruleIds(run.out)).containsOnly("ACME-LOG-001");
  }

  @Test
  void brokenRuleFileIsAnInputErrorAtItsLine() throws IOException {
    write("policies/broken.yaml", LOGGING_RULE.replace("severity: HIGH", "severity: SEVERE"));
    domainWithoutLogging();
    CliRun run = CliRun.in(dir, "scan", "--rules", "policies", "--format", "gcc", "infra");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out + run.err).containsPattern("broken\\.yaml:3:\\d+");
  }

  @Test
  void missingRulesDirectoryIsAUsageError() throws IOException {
    domainWithoutLogging();
    CliRun run = CliRun.in(dir, "scan", "--rules", "nowhere", "infra");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--rules: no such directory: nowhere");
  }

  @Test
  void configCustomRulesAreLoadedAndCanBeConfigured() throws IOException {
    write("policies/logging.yaml", LOGGING_RULE);
    domainWithoutLogging();
    write(".iaclint.yml", """
        format: json
        custom-rules: [policies]
        rules:
          ACME-LOG-001:
            severity: LOW
        """);
    CliRun run = CliRun.in(dir, "scan", ".");
    assertThat(run.err).doesNotContain("cannot load");
    JsonNode finding = null;
    for (JsonNode f : new ObjectMapper().readTree(run.out).get("findings")) {
      if (f.get("ruleId").asText().equals("ACME-LOG-001")) {
        finding = f;
      }
    }
    assertThat(finding).as(run.toString()).isNotNull();
    assertThat(finding.get("severity").asText()).isEqualTo("LOW");
  }

  @Test
  void customRuleDisabledInTheConfigReportsNothing() throws IOException {
    write("policies/logging.yaml", LOGGING_RULE);
    domainWithoutLogging();
    write(".iaclint.yml", """
        format: json
        custom-rules: [policies]
        rules:
          ACME-LOG-001:
            enabled: false
        """);
    CliRun run = CliRun.in(dir, "scan", ".");
    assertThat(run.exitCode).as(run.toString()).isNotEqualTo(2);
    assertThat(ruleIds(run.out)).isNotEmpty().doesNotContain("ACME-LOG-001");
  }

  @Test
  void rulesAndExplainShowCustomRules() throws IOException {
    write("policies/logging.yaml", LOGGING_RULE);
    CliRun list = CliRun.in(dir, "rules", "--rules", "policies");
    assertThat(list.exitCode).as(list.toString()).isZero();
    assertThat(list.out).contains("ACME-LOG-001");
    CliRun explain = CliRun.in(dir, "explain", "--rules", "policies", "ACME-LOG-001");
    assertThat(explain.exitCode).as(explain.toString()).isZero();
    assertThat(explain.out).contains("Domain does not log").contains("Set logging = true.");
  }

  @Test
  void rulesCommandReportsABrokenRuleFileWithItsPosition() throws IOException {
    write("policies/broken.yaml", LOGGING_RULE.replace("severity: HIGH", "severity: SEVERE"));
    CliRun list = CliRun.in(dir, "rules", "--rules", "policies");
    assertThat(list.exitCode).isEqualTo(2);
    assertThat(list.err).containsPattern("broken\\.yaml:3:\\d+: error");
  }
}
