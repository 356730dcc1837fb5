package dev.iaclint.core.report;

import static dev.iaclint.core.report.ReportTesting.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.scan.ScanResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AllFormatsTest {
  private final ReportFixtures fixtures = new ReportFixtures();

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void neverPrintsTheSecretFromTheSourceOrFromAMessageThatQuotesIt(ReportFormat format) {
    ScanResult result = fixtures.result();
    String out = render(format, result, ReportFixtures.context().withColor(true));
    assertThat(out).doesNotContain(ReportFixtures.SECRET);

    // A rule that wrongly quotes the secret in its message is scrubbed as well.
    ScanResult leaky = new ScanResult(
        result.findings().stream().map(f -> f.ruleId().equals("IAC-AWS-ES-002")
            ? new dev.iaclint.core.rule.Finding(f.rule(), f.severity(), f.resource(), f.resourceType(),
                "value is " + ReportFixtures.SECRET, f.location(), f.attributePath(), f.related(),
                f.redactions(), f.fingerprint(), f.suppression())
            : f).toList(),
        result.indeterminate(), result.passed(), result.diagnostics(), result.graph(),
        result.documents(), result.rules(), result.filesScanned(), result.filesSkipped());
    assertThat(render(format, leaky, ReportFixtures.context())).doesNotContain(ReportFixtures.SECRET)
        .doesNotContain("Pa55w0rd");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void writesTheSameBytesForTheSameResult(ReportFormat format) {
    assertThat(render(format, fixtures.result(), ReportFixtures.context()))
        .isEqualTo(render(format, fixtures.result(), ReportFixtures.context()));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void handlesAnEmptyResult(ReportFormat format) {
    String out = render(format, ReportFixtures.empty(), ReportFixtures.context());
    assertThat(out).doesNotContain("IAC-");
    assertThat(out.isEmpty() || out.endsWith("\n")).isTrue();
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void formatIdsRoundTrip(ReportFormat format) {
    assertThat(ReportFormat.byId(format.id().toUpperCase())).isEqualTo(format);
    assertThat(ReportFormat.byId("yaml")).isNull();
  }
}
