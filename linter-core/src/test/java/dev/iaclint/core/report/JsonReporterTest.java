package dev.iaclint.core.report;

import static dev.iaclint.core.report.ReportTesting.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class JsonReporterTest {
  private final ReportFixtures fixtures = new ReportFixtures();

  private JsonNode report() throws Exception {
    return JsonOutput.mapper().readTree(render(ReportFormat.JSON, fixtures.result(), ReportFixtures.context()));
  }

  @Test
  void findingsFollowTheContractWithPathsRelativeToTheScanRoot() throws Exception {
    JsonNode root = report();
    assertThat(root.get("version").asText()).isEqualTo("1.2.3");
    JsonNode f = root.get("findings").get(0);
    assertThat(f.get("ruleId").asText()).isEqualTo("IAC-AWS-ES-003");
    JsonNode enc = root.get("findings").get(2);
    assertThat(enc.get("ruleId").asText()).isEqualTo("IAC-AWS-ES-002");
    assertThat(enc.get("title").asText()).isEqualTo("OpenSearch domain does not encrypt data at rest");
    assertThat(enc.get("severity").asText()).isEqualTo("HIGH");
    assertThat(enc.get("category").asText()).isEqualTo("encryption-at-rest");
    assertThat(enc.get("resource").asText()).isEqualTo("aws_opensearch_domain.logs");
    assertThat(enc.get("resourceType").asText()).isEqualTo("aws_opensearch_domain");
    assertThat(enc.get("message").asText()).isEqualTo("encrypt_at_rest.enabled is false");
    assertThat(enc.get("remediation").asText()).isEqualTo("Set encrypt_at_rest { enabled = true }.");
    assertThat(enc.get("suppressed").asBoolean()).isFalse();
    JsonNode loc = enc.get("location");
    assertThat(loc.get("file").asText()).isEqualTo("main.tf");
    assertThat(loc.get("startLine").asInt()).isEqualTo(4);
    assertThat(loc.get("startColumn").asInt()).isEqualTo(5);
    assertThat(loc.get("endLine").asInt()).isEqualTo(4);
    assertThat(loc.get("endColumn").asInt()).isEqualTo(20);
    assertThat(enc.get("fingerprint").asText()).hasSize(32);
    assertThat(enc.get("related").get(0).get("location").get("file").asText()).isEqualTo("terraform.tfvars");
  }

  @Test
  void suppressedFindingsStayVisibleAndMarked() throws Exception {
    JsonNode vpc = report().get("findings").get(0);
    assertThat(vpc.get("suppressed").asBoolean()).isTrue();
    assertThat(vpc.get("suppression").get("kind").asText()).isEqualTo("inline");
    assertThat(vpc.get("suppression").get("reason").asText()).isEqualTo("internal test domain");
  }

  @Test
  void listsIndeterminateChecksErrorsWarningsAndASummaryBySeverity() throws Exception {
    JsonNode root = report();
    JsonNode ind = root.get("indeterminate").get(0);
    assertThat(ind.get("ruleId").asText()).isEqualTo("IAC-AWS-ES-005");
    assertThat(ind.get("resource").asText()).isEqualTo("aws_opensearch_domain.logs");
    assertThat(ind.get("reason").asText()).isEqualTo("var.kms_key has no value");
    assertThat(ind.get("location").get("startLine").asInt()).isEqualTo(2);

    JsonNode err = root.get("errors").get(0);
    assertThat(err.get("file").asText()).isEqualTo("broken.tf");
    assertThat(err.get("line").asInt()).isEqualTo(1);
    assertThat(err.get("column").asInt()).isEqualTo(1);
    assertThat(err.get("message").asText()).isEqualTo("expected a block type after 'resource'");
    assertThat(root.get("warnings").get(0).get("severity").asText()).isEqualTo("WARNING");

    JsonNode summary = root.get("summary");
    assertThat(summary.get("CRITICAL").asInt()).isEqualTo(1);
    assertThat(summary.get("HIGH").asInt()).isEqualTo(1);
    assertThat(summary.get("MEDIUM").asInt()).isZero();
    assertThat(summary.get("LOW").asInt()).isEqualTo(1);
    assertThat(summary.get("suppressed").asInt()).isEqualTo(1);
    assertThat(summary.get("total").asInt()).isEqualTo(3);
    assertThat(summary.get("filesScanned").asInt()).isEqualTo(2);
  }
}
