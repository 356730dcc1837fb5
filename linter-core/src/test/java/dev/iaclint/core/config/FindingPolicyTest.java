package dev.iaclint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.baseline.Baseline;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Fingerprints;
import dev.iaclint.core.rule.RuleMetadata;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.source.SourceFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingPolicyTest {
  private static final String ENCRYPTION = "IAC-AWS-ES-002";
  private static final String LOGGING = "IAC-AWS-ES-010";
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private final SourceFile main = SourceFile.of("main.tf", """
      resource "aws_opensearch_domain" "logs" {
        # iaclint:ignore IAC-AWS-ES-010 audit logs go elsewhere
        log_publishing_options = []
        encrypt_at_rest { enabled = false }
      }
      """);

  private Finding finding(String ruleId, Severity severity, int line) {
    RuleMetadata rule = new RuleMetadata(ruleId, ruleId, severity, Category.ENCRYPTION_AT_REST, "", "",
        List.of(), List.of(SourceFormat.TERRAFORM), Map.of());
    int start = main.lineStartIndex(line) + 2;
    return new Finding(rule, severity, "aws_opensearch_domain.logs", "aws_opensearch_domain", "wrong",
        main.rangeOfChars(start, start + 5), ruleId, List.of(), List.of(),
        Fingerprints.finding(ruleId, "aws_opensearch_domain.logs", ruleId, "main.tf", null), null);
  }

  private ScanResult result() {
    return new ScanResult(List.of(finding(LOGGING, Severity.MEDIUM, 3), finding(ENCRYPTION, Severity.HIGH, 4)),
        List.of(), List.of(), List.of(), ResourceGraph.empty(), List.of(), List.of(), 1, 0);
  }

  @Test
  void aFilterOnSeveritySeesTheOverriddenSeverity() {
    FindingPolicy policy = new FindingPolicy(Map.of(ENCRYPTION, Severity.LOW),
        FindingFilter.parse(List.of(), List.of("LOW"), List.of(ENCRYPTION, LOGGING)), null, null, null);

    assertThat(policy.apply(result()).findings()).extracting(Finding::ruleId).containsExactly(LOGGING);
  }

  @Test
  void inlineSuppressionsApplyOnlyWhenADayIsGiven() {
    FindingPolicy off = new FindingPolicy(Map.of(), FindingFilter.ALL, null, null, null);
    FindingPolicy on = new FindingPolicy(Map.of(), FindingFilter.ALL, TODAY, null, null);

    assertThat(off.apply(result()).findings()).noneMatch(Finding::suppressed);
    assertThat(on.apply(result()).findings()).filteredOn(Finding::suppressed)
        .extracting(Finding::ruleId).containsExactly(LOGGING);
  }

  @Test
  void theBaselineComesLastAndLeavesInlineSuppressionsAlone() {
    Baseline everything = Baseline.of(result());
    FindingPolicy policy = new FindingPolicy(Map.of(), FindingFilter.ALL, TODAY, everything, "base.json");

    List<Finding> findings = policy.apply(result()).findings();

    assertThat(findings).allMatch(Finding::suppressed);
    assertThat(findings).extracting(f -> f.suppression().kind())
        .containsExactly("inline", Baseline.KIND);
  }
}
