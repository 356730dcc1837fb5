package dev.iaclint.core.report;

import static dev.iaclint.core.report.ReportTesting.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.iaclint.core.rule.Severity;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SarifReporterTest {
  private final ReportFixtures fixtures = new ReportFixtures();

  static List<Error> validate(String sarif) throws Exception {
    try (InputStream schemaIn = SarifReporterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaIn);
      return schema.validate(JsonOutput.mapper().readTree(sarif));
    }
  }

  @Test
  void outputIsValidAgainstTheSarif210Schema() throws Exception {
    String sarif = render(ReportFormat.SARIF, fixtures.result(), ReportFixtures.context());
    assertThat(validate(sarif)).isEmpty();
    assertThat(validate(render(ReportFormat.SARIF, ReportFixtures.empty(), ReportFixtures.context()))).isEmpty();
  }

  @Test
  void theSchemaValidatorRejectsABrokenDocument() throws Exception {
    String sarif = render(ReportFormat.SARIF, fixtures.result(), ReportFixtures.context())
        .replace("\"startLine\": 4", "\"startLine\": 0");
    assertThat(validate(sarif)).isNotEmpty();
  }

  @Test
  void rulesCarryHelpAndSecuritySeverity() throws Exception {
    JsonNode run = JsonOutput.mapper().readTree(render(ReportFormat.SARIF, fixtures.result(),
        ReportFixtures.context())).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules).hasSize(4);
    JsonNode enc = rules.get(0);
    assertThat(enc.get("id").asText()).isEqualTo("IAC-AWS-ES-002");
    assertThat(enc.get("help").get("text").asText()).contains("Set encrypt_at_rest");
    assertThat(enc.get("helpUri").asText()).isEqualTo("https://docs.example/encryption");
    assertThat(enc.get("properties").get("security-severity").asText()).isEqualTo("8.0");
    assertThat(enc.get("properties").get("tags").toString()).contains("security", "encryption-at-rest");
  }

  @ParameterizedTest
  @EnumSource(Severity.class)
  void securitySeverityFallsInGithubsBandForEachSeverity(Severity s) {
    double score = Double.parseDouble(SarifReporter.securitySeverity(s));
    switch (s) {
      case CRITICAL -> assertThat(score).isGreaterThan(9.0);
      case HIGH -> assertThat(score).isBetween(7.0, 8.9);
      case MEDIUM -> assertThat(score).isBetween(4.0, 6.9);
      case LOW -> assertThat(score).isBetween(0.1, 3.9);
    }
  }

  @Test
  void resultsHavePreciseRegionsFingerprintsRelatedLocationsAndSuppressions() throws Exception {
    JsonNode results = JsonOutput.mapper().readTree(render(ReportFormat.SARIF, fixtures.result(),
        ReportFixtures.context())).get("runs").get(0).get("results");
    assertThat(results).hasSize(4);
    JsonNode vpc = results.get(0);
    assertThat(vpc.get("suppressions").get(0).get("kind").asText()).isEqualTo("inSource");
    assertThat(vpc.get("suppressions").get(0).get("justification").asText()).contains("internal test domain");

    JsonNode enc = results.get(2);
    assertThat(enc.get("ruleId").asText()).isEqualTo("IAC-AWS-ES-002");
    assertThat(enc.get("level").asText()).isEqualTo("error");
    JsonNode physical = enc.get("locations").get(0).get("physicalLocation");
    assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo("infra/main.tf");
    assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(4);
    assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(5);
    assertThat(physical.get("region").get("endColumn").asInt()).isEqualTo(20);
    assertThat(enc.get("partialFingerprints").get("iaclint/v1").asText()).hasSize(32);
    JsonNode related = enc.get("relatedLocations").get(0);
    assertThat(related.get("physicalLocation").get("artifactLocation").get("uri").asText())
        .isEqualTo("infra/terraform.tfvars");
    assertThat(related.get("message").get("text").asText()).contains("variable 'encrypt'");
    assertThat(enc.has("suppressions")).isFalse();
  }

  @Test
  void baselineSuppressionsAreExternal() throws Exception {
    var f = fixtures.encryption().withSuppression(
        new dev.iaclint.core.rule.Suppression("baseline", "in baseline.json", null));
    var result = new dev.iaclint.core.scan.ScanResult(List.of(f), List.of(), List.of(), List.of(),
        dev.iaclint.core.graph.ResourceGraph.empty(), List.of(), List.of(), 1, 0);
    String sarif = render(ReportFormat.SARIF, result, ReportFixtures.context());
    assertThat(validate(sarif)).isEmpty();
    assertThat(JsonOutput.mapper().readTree(sarif).at("/runs/0/results/0/suppressions/0/kind").asText())
        .isEqualTo("external");
  }

  @Test
  void pathsWithSpacesArePercentEncoded() {
    assertThat(SarifReporter.uriReference("my infra/main.tf")).isEqualTo("my%20infra/main.tf");
    assertThat(SarifReporter.uriReference("c:d/main.tf")).isEqualTo("./c:d/main.tf");
  }
}
