package dev.iaclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuppressionCliTest {
  @TempDir
  Path dir;

  private JsonNode scan(String tf, String... extra) throws IOException {
    Files.writeString(dir.resolve("main.tf"), tf);
    String[] args = new String[extra.length + 3];
    args[0] = "scan";
    args[1] = "-f";
    args[2] = "json";
    System.arraycopy(extra, 0, args, 3, extra.length);
    CliRun run = CliRun.in(dir, args);
    return new ObjectMapper().readTree(run.out);
  }

  private static JsonNode finding(JsonNode report, String ruleId) {
    for (JsonNode f : report.get("findings")) {
      if (f.get("ruleId").asText().equals(ruleId)) {
        return f;
      }
    }
    throw new AssertionError("no " + ruleId + " finding in " + report);
  }

  private static String encrypted(String commentAboveAttribute) {
    return "resource \"aws_opensearch_domain\" \"logs\" {\n  logging = true\n  encryption {\n"
        + commentAboveAttribute + "    enabled = false\n  }\n}\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "    # iaclint:ignore TEST-ENC-001 reason=\"audit cluster, internal only\" until=2027-03-31\n",
      "    // iaclint:ignore TEST-ENC-001 reason=\"audit cluster, internal only\"\n",
      "    /* iaclint:ignore TEST-ENC-001 reason=\"audit cluster, internal only\" */\n"})
  void iaclintCommentAboveTheFindingSuppressesItWithItsReason(String comment) throws IOException {
    JsonNode report = scan(encrypted(comment));
    JsonNode f = finding(report, "TEST-ENC-001");
    assertThat(f.get("suppressed").asBoolean()).isTrue();
    assertThat(f.get("suppression").get("kind").asText()).isEqualTo("inline");
    assertThat(f.get("suppression").get("reason").asText()).isEqualTo("audit cluster, internal only");
    assertThat(report.get("summary").get("HIGH").asInt()).isZero();
  }

  @Test
  void suppressedFindingsDoNotCountTowardsTheExitCode() throws IOException {
    Files.writeString(dir.resolve("main.tf"), encrypted("    # iaclint:ignore TEST-ENC-001 reason=\"x\"\n"));
    assertThat(CliRun.in(dir, "scan").exitCode).isZero();
  }

  @Test
  void commentOnTheResourceHeaderCoversTheWholeBlock() throws IOException {
    JsonNode report = scan("# iaclint:ignore TEST-ENC-001 reason=\"whole domain\"\n" + encrypted(""));
    assertThat(finding(report, "TEST-ENC-001").get("suppressed").asBoolean()).isTrue();
  }

  @Test
  void commentOnANestedBlockHeaderCoversThatBlock() throws IOException {
    JsonNode report = scan("resource \"aws_opensearch_domain\" \"logs\" {\n  logging = true\n"
        + "  encryption { # iaclint:ignore TEST-ENC-001 reason=\"block\"\n    enabled = false\n  }\n}\n");
    assertThat(finding(report, "TEST-ENC-001").get("suppressed").asBoolean()).isTrue();
  }

  @Test
  void aCommentForAnotherRuleOrSeparatedByCodeDoesNotApply() throws IOException {
    JsonNode report = scan("resource \"aws_opensearch_domain\" \"logs\" {\n  # iaclint:ignore TEST-PUB-001 reason=\"x\"\n"
        + "  logging = true\n  encryption {\n    enabled = false\n  }\n}\n");
    assertThat(finding(report, "TEST-ENC-001").get("suppressed").asBoolean()).isFalse();
  }

  @Test
  void anExpiredSuppressionStopsSuppressingAndSaysWhere() throws IOException {
    JsonNode report = scan(encrypted("    # iaclint:ignore TEST-ENC-001 reason=\"temporary\" until=2026-01-31\n"));
    assertThat(finding(report, "TEST-ENC-001").get("suppressed").asBoolean()).isFalse();
    JsonNode warning = report.get("warnings").get(0);
    assertThat(warning.get("file").asText()).isEqualTo("main.tf");
    assertThat(warning.get("line").asInt()).isEqualTo(4);
    assertThat(warning.get("message").asText()).isEqualTo(
        "suppression of TEST-ENC-001 expired on 2026-01-31; the finding counts again");
  }

  @Test
  void aSuppressionStillAppliesOnItsLastDay() throws IOException {
    JsonNode report = scan(encrypted("    # iaclint:ignore TEST-ENC-001 reason=\"x\" until=" + CliRun.TODAY + "\n"));
    assertThat(finding(report, "TEST-ENC-001").get("suppressed").asBoolean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "    #checkov:skip=CKV_AWS_5:encrypted by the storage layer\n",
      "    #tfsec:ignore:aws-elasticsearch-enable-domain-encryption\n",
      "    #tfsec:ignore:aws-elasticsearch-enable-domain-encryption:exp:2027-01-01\n",
      "    #trivy:ignore:AVD-AWS-0048\n",
      "    # kics-scan ignore-line\n"})
  void otherScannersSuppressionsAreHonouredThroughEquivalents(String comment) throws IOException {
    JsonNode f = finding(scan(encrypted(comment)), "TEST-ENC-001");
    assertThat(f.get("suppressed").asBoolean()).as(comment).isTrue();
  }

  @Test
  void checkovReasonIsKept() throws IOException {
    JsonNode f = finding(scan(encrypted("    #checkov:skip=CKV_AWS_5:encrypted by the storage layer\n")), "TEST-ENC-001");
    assertThat(f.get("suppression").get("kind").asText()).isEqualTo("checkov");
    assertThat(f.get("suppression").get("reason").asText()).isEqualTo("encrypted by the storage layer");
  }

  @Test
  void tfsecExpiryIsHonoured() throws IOException {
    JsonNode report = scan(encrypted("    #tfsec:ignore:aws-elasticsearch-enable-domain-encryption:exp:2020-01-01\n"));
    assertThat(finding(report, "TEST-ENC-001").get("suppressed").asBoolean()).isFalse();
    assertThat(report.get("warnings").get(0).get("message").asText()).contains("expired on 2020-01-01");
  }

  @Test
  void kicsIgnoreBlockCoversTheBlockBelow() throws IOException {
    JsonNode report = scan("# kics-scan ignore-block\n" + encrypted(""));
    assertThat(finding(report, "TEST-ENC-001").get("suppressed").asBoolean()).isTrue();
  }

  @Test
  void noInlineSuppressionsIgnoresThemAll() throws IOException {
    JsonNode report = scan(encrypted("    # iaclint:ignore TEST-ENC-001 reason=\"x\"\n"), "--no-inline-suppressions");
    assertThat(finding(report, "TEST-ENC-001").get("suppressed").asBoolean()).isFalse();
  }

  @Test
  void aTypoInASuppressedRuleIdIsReported() throws IOException {
    JsonNode report = scan(encrypted("    # iaclint:ignore TEST-ENC-01 reason=\"x\"\n"));
    assertThat(finding(report, "TEST-ENC-001").get("suppressed").asBoolean()).isFalse();
    assertThat(report.get("warnings").get(0).get("message").asText())
        .isEqualTo("iaclint:ignore names unknown rule 'TEST-ENC-01'");
  }

  @Test
  void suppressedFindingsAreMarkedInSarif() throws IOException {
    Files.writeString(dir.resolve("main.tf"), encrypted("    # iaclint:ignore TEST-ENC-001 reason=\"audit\"\n"));
    JsonNode sarif = new ObjectMapper().readTree(CliRun.in(dir, "scan", "-f", "sarif").out);
    JsonNode result = sarif.at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("TEST-ENC-001");
    assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(result.at("/suppressions/0/justification").asText()).isEqualTo("inline: audit");
  }
}
