package dev.iaclint.core.report;

import static dev.iaclint.core.report.ReportTesting.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineFormatsTest {
  /** VS Code's built-in $gcc problem matcher. */
  static final Pattern VSCODE_GCC = Pattern.compile("^(.*?):(\\d+):(\\d*):?\\s+(?:fatal\\s+)?(warning|error):\\s+(.*)$");

  private final ReportFixtures fixtures = new ReportFixtures();

  @Test
  void gccPrintsOneMatchableLinePerUnsuppressedFinding() {
    String out = render(ReportFormat.GCC, fixtures.result(), ReportFixtures.context());
    List<String> lines = out.lines().toList();
    assertThat(lines).containsExactly(
        "infra/main.tf:1:1: warning: audit logs are not published [IAC-AWS-ES-010]",
        "infra/main.tf:4:5: error: encrypt_at_rest.enabled is false [IAC-AWS-ES-002]",
        "infra/main.tf:6:3: error: master_password holds a hardcoded password [IAC-GEN-SECRET-001]");
    for (String line : lines) {
      Matcher m = VSCODE_GCC.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      assertThat(m.group(1)).isEqualTo("infra/main.tf");
    }
  }

  @Test
  void gccKeepsMultiLineMessagesOnOneLine() {
    var f = fixtures.encryption();
    var multi = new dev.iaclint.core.rule.Finding(f.rule(), f.severity(), f.resource(), f.resourceType(),
        "first\nsecond\r\nthird", f.location(), f.attributePath(), f.related(), f.redactions(),
        f.fingerprint(), null);
    String line = GccReporter.line(multi, ReportFixtures.context(), Redactor.none());
    assertThat(line).isEqualTo("infra/main.tf:4:5: error: first second third [IAC-AWS-ES-002]");
  }

  @Test
  void gccDiagnosticLinesHaveTheFindingShapeAndNoFakePosition() {
    var broken = SourceRange.startOf(fixtures.broken);
    String parse = GccReporter.line(Diagnostic.error(broken,
        "expected a block type\nafter 'resource'"), ReportFixtures.context(), Redactor.none());
    assertThat(parse).isEqualTo("infra/broken.tf:1:1: error: expected a block type after 'resource'");
    assertThat(VSCODE_GCC.matcher(parse).matches()).isTrue();

    var missing = SourceFile.synthetic("nowhere");
    String notice = GccReporter.line(Diagnostic.notice(
        SourceRange.startOf(missing), "module not downloaded"),
        ReportFixtures.context(), Redactor.none());
    assertThat(notice).isEqualTo("note: module not downloaded");
  }

  @Test
  void gccDiagnosticLinesAreScrubbedOfSecrets() {
    Redactor redactor = Redactor.of(fixtures.result());
    var at = SourceRange.startOf(fixtures.main);
    String line = GccReporter.line(Diagnostic.warning(at,
        "unexpected value " + ReportFixtures.SECRET), ReportFixtures.context(), redactor);
    assertThat(line).doesNotContain(ReportFixtures.SECRET).endsWith("warning: unexpected value ****");
  }

  @Test
  void githubJoinsARemediationWrappedInTheRuleFileIntoOneParagraph() {
    var f = fixtures.encryption();
    var rule = f.rule();
    var wrapped = new dev.iaclint.core.rule.RuleMetadata(rule.id(), rule.title(), rule.severity(),
        rule.category(), rule.description(), "Set encrypt_at_rest { enabled = true },\n  ideally with\na KMS key.",
        rule.links(), rule.formats(), rule.equivalents());
    var finding = new dev.iaclint.core.rule.Finding(wrapped, f.severity(), f.resource(), f.resourceType(),
        f.message(), f.location(), f.attributePath(), f.related(), f.redactions(), f.fingerprint(), null);
    var result = new dev.iaclint.core.scan.ScanResult(List.of(finding), List.of(), List.of(), List.of(),
        dev.iaclint.core.graph.ResourceGraph.empty(), List.of(), List.of(), 1, 0);
    assertThat(render(ReportFormat.GITHUB, result, ReportFixtures.context())).endsWith(
        "%0AFix: Set encrypt_at_rest { enabled = true }, ideally with a KMS key.\n");
  }

  @Test
  void githubWritesAnnotationsWithEscapedPropertiesAndData() {
    String out = render(ReportFormat.GITHUB, fixtures.result(), ReportFixtures.context());
    assertThat(out).contains("::error file=infra/main.tf,line=4,col=5,endLine=4,endColumn=20,"
        + "title=IAC-AWS-ES-002::aws_opensearch_domain.logs: encrypt_at_rest.enabled is false"
        + "%0AFix: Set encrypt_at_rest { enabled = true }.\n");
    assertThat(out).contains("::notice file=infra/main.tf,line=1,col=1,");
    assertThat(out).contains("::error file=infra/broken.tf,line=1,col=1,endLine=1,endColumn=1,"
        + "title=iaclint::expected a block type after 'resource'\n");
    assertThat(out).doesNotContain("IAC-AWS-ES-003");
    assertThat(out.lines()).allMatch(l -> l.startsWith("::"));
  }

  @Test
  void githubEscapingFollowsTheRunnersRules() {
    assertThat(GithubReporter.data("100% done\r\nnext")).isEqualTo("100%25 done%0D%0Anext");
    assertThat(GithubReporter.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
  }
}
