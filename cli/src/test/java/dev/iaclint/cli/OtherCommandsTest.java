package dev.iaclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iaclint.core.secrets.SecretMasker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {
  @TempDir
  Path dir;

  @Test
  void rulesPrintsATableOrTheContractsJson() throws IOException {
    CliRun table = CliRun.in(dir, "rules");
    assertThat(table.out).contains("TEST-ENC-001  HIGH      encryption-at-rest  terraform  Storage is not encrypted");
    JsonNode json = new ObjectMapper().readTree(CliRun.in(dir, "rules", "--format", "json").out);
    JsonNode enc = json.get("rules").get(0);
    assertThat(enc.get("id").asText()).isEqualTo("TEST-ENC-001");
    assertThat(enc.get("title").asText()).isEqualTo("Storage is not encrypted");
    assertThat(enc.get("severity").asText()).isEqualTo("HIGH");
    assertThat(enc.get("category").asText()).isEqualTo("encryption-at-rest");
    assertThat(enc.get("formats").get(0).asText()).isEqualTo("terraform");
    assertThat(enc.get("equivalents").get("checkov").get(0).asText()).isEqualTo("CKV_AWS_5");
    assertThat(CliRun.in(dir, "rules", "--format", "xml").exitCode).isEqualTo(2);
  }

  @Test
  void explainShowsDescriptionRemediationEquivalentsLinksAndExamples() {
    CliRun run = CliRun.in(dir, "explain", "test-enc-001");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("TEST-ENC-001  Storage is not encrypted", "Description of TEST-ENC-001.",
        "Remediation:\n  Fix TEST-ENC-001.", "checkov: CKV_AWS_5", "https://example.test/TEST-ENC-001",
        "Bad example (terraform, main.tf):");
  }

  @Test
  void explainAnUnknownRuleIsAUsageError() {
    CliRun run = CliRun.in(dir, "explain", "TEST-ENC-01");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines().toList()).containsExactly("iaclint: unknown rule 'TEST-ENC-01' (did you mean"
        + " 'TEST-ENC-001'?); 'iaclint rules' lists them (see 'iaclint explain --help')");
  }

  @Test
  void graphPrintsNodesAttributesAndMasksSecrets() throws IOException {
    Files.writeString(dir.resolve("main.tf"), ScanCommandTest.DOMAIN);
    CliRun text = CliRun.in(dir, "graph", ".");
    assertThat(text.exitCode).isZero();
    assertThat(text.out).contains("main.tf\n  aws_opensearch_domain.logs (resource aws_opensearch_domain, terraform) 1:1-8:2",
        "    encryption {\n      enabled = false\n    }",
        "password = \"" + SecretMasker.mask(ScanCommandTest.SECRET) + "\"");
    assertThat(text.out).doesNotContain(ScanCommandTest.SECRET);
    JsonNode json = new ObjectMapper().readTree(CliRun.in(dir, "graph", ".", "--format", "json").out);
    JsonNode node = json.get("nodes").get(0);
    assertThat(node.get("address").asText()).isEqualTo("aws_opensearch_domain.logs");
    assertThat(node.get("attributes").get("encryption").get("enabled").asBoolean()).isFalse();
    assertThat(node.get("attributes").get("password").asText())
        .isEqualTo(SecretMasker.mask(ScanCommandTest.SECRET)).startsWith("****…(");
    assertThat(CliRun.in(dir, "graph", "nope").exitCode).isEqualTo(2);
  }

  @Test
  void completionScriptCoversCommandsAndOptions() {
    CliRun run = CliRun.in(dir, "completion");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("complete -F", "scan", "explain", "--fail-on", "--baseline-create");
  }

  @Test
  void everyCommandHasHelpWithExamples() {
    for (String command : new String[] {"scan", "rules", "explain", "graph", "completion"}) {
      CliRun run = CliRun.in(dir, command, "--help");
      assertThat(run.exitCode).as(command).isZero();
      assertThat(run.out).as(command).contains("Usage: iaclint " + command, "Examples:");
    }
    assertThat(CliRun.in(dir, "--help").out).contains("Exit codes:");
    assertThat(CliRun.in(dir, "--version").out).startsWith("iaclint ");
  }

  @Test
  void anUnknownCommandIsAOneLineUsageError() {
    CliRun run = CliRun.in(dir, "scna");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines()).hasSize(1);
  }
}
