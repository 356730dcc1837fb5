package dev.iaclint.core.report;

import static dev.iaclint.core.report.ReportTesting.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReporterTest {
  private final ReportFixtures fixtures = new ReportFixtures();

  @Test
  void groupsByFileAndShowsSeverityRuleTitleResourcePositionSourceMarkerAndFix() {
    String out = render(ReportFormat.TEXT, fixtures.result(), ReportFixtures.context());
    assertThat(out).startsWith("infra/main.tf\n");
    assertThat(out).contains("""
          HIGH     IAC-AWS-ES-002 OpenSearch domain does not encrypt data at rest
            aws_opensearch_domain.logs at infra/main.tf:4:5
            encrypt_at_rest.enabled is false
            4 |     enabled = false
              |     ^^^^^^^^^^^^^^^
            see infra/terraform.tfvars:1:1: variable 'encrypt' set in terraform.tfvars
            fix: Set encrypt_at_rest { enabled = true }.
        """);
  }

  @Test
  void masksTheSecretInTheSourceLineKeepingColumns() {
    String out = render(ReportFormat.TEXT, fixtures.result(), ReportFixtures.context());
    String masked = "*".repeat(ReportFixtures.SECRET.length());
    assertThat(out).contains("6 |   master_password = \"" + masked + "\"");
    assertThat(out).doesNotContain(ReportFixtures.SECRET);
  }

  @Test
  void countsButDoesNotShowSuppressedFindings() {
    String out = render(ReportFormat.TEXT, fixtures.result(), ReportFixtures.context());
    assertThat(out).doesNotContain("IAC-AWS-ES-003");
    assertThat(out).contains("3 findings: 1 critical, 1 high, 0 medium, 1 low. 1 suppressed, 1 undecided,"
        + " 1 check passed, 1 input error. 2 files scanned, 1 skipped (not a supported format).");
  }

  @Test
  void listsInputErrorsWarningsAndUndecidedChecks() {
    String out = render(ReportFormat.TEXT, fixtures.result(), ReportFixtures.context());
    assertThat(out).contains("  infra/broken.tf:1:1: error: expected a block type after 'resource'\n");
    assertThat(out).contains("  infra/main.tf:2:3: warning: suppression of IAC-X expired on 2020-01-01\n");
    assertThat(out).contains("  infra/main.tf:2:3 IAC-AWS-ES-005 aws_opensearch_domain.logs: var.kms_key has no value\n");
  }

  @Test
  void usesColourOnlyWhenAsked() {
    assertThat(render(ReportFormat.TEXT, fixtures.result(), ReportFixtures.context())).doesNotContain("\u001b[");
    assertThat(render(ReportFormat.TEXT, fixtures.result(), ReportFixtures.context().withColor(true)))
        .contains("\u001b[1;31mHIGH");
  }

  @Test
  void sourceTextCannotInjectTerminalControlSequences() {
    assertThat(TextReporter.sanitize("a\u001b[2Jb\tc")).isEqualTo("a\uFFFD[2Jb c");
  }

  @Test
  void saysSoWhenThereIsNothingToReport() {
    assertThat(render(ReportFormat.TEXT, ReportFixtures.empty(), ReportFixtures.context()))
        .isEqualTo("No findings. 0 checks passed. 0 files scanned.\n");
  }
}
