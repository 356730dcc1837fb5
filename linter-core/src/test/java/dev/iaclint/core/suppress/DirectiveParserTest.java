package dev.iaclint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleMetadata;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectiveParserTest {
  private static List<Directive> parse(String text) {
    return DirectiveParser.parse(new Comment(text, true, SourceRange.startOf(SourceFile.of("m.tf", ""))));
  }

  @Test
  void readsIdsReasonAndExpiry() {
    Directive d = parse(" iaclint:ignore IAC-AWS-ES-001,IAC-AWS-ES-002 reason=\"audit cluster, internal only\" until=2027-03-31").get(0);
    assertThat(d.kind()).isEqualTo("inline");
    assertThat(d.ids()).containsExactly("IAC-AWS-ES-001", "IAC-AWS-ES-002");
    assertThat(d.reason()).isEqualTo("audit cluster, internal only");
    assertThat(d.until()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(d.problem()).isNull();
  }

  @Test
  void reportsABadDateOrMissingIds() {
    assertThat(parse("iaclint:ignore X until=31/03/2027").get(0).problem()).contains("invalid date '31/03/2027'");
    assertThat(parse("iaclint:ignore reason=\"x\"").get(0).problem()).contains("needs the rule id");
  }

  @Test
  void readsOtherScannersSyntaxes() {
    assertThat(parse("checkov:skip=CKV_AWS_5:not needed").get(0))
        .extracting(Directive::kind, Directive::ids, Directive::reason)
        .containsExactly("checkov", List.of("CKV_AWS_5"), "not needed");
    Directive tfsec = parse("tfsec:ignore:aws-elasticsearch-enable-domain-encryption:exp:2025-01-02").get(0);
    assertThat(tfsec.ids()).containsExactly("aws-elasticsearch-enable-domain-encryption");
    assertThat(tfsec.until()).isEqualTo(LocalDate.of(2025, 1, 2));
    assertThat(parse("trivy:ignore:AVD-AWS-0048 trivy:ignore:AVD-AWS-0049")).hasSize(2);
    assertThat(parse(" kics-scan ignore-line").get(0).scope()).isEqualTo(Directive.Scope.NEXT_LINE);
    assertThat(parse(" kics-scan ignore-block").get(0).scope()).isEqualTo(Directive.Scope.NEXT_BLOCK);
    assertThat(parse(" kics-scan disable=a,b").get(0).ids()).containsExactly("a", "b");
    assertThat(parse("just a comment")).isEmpty();
  }

  @Test
  void tfsecIdsMatchWhetherOrNotTheServiceIsSpelledWithTfsecsHyphen() {
    RuleMetadata rule = new RuleMetadata("IAC-AWS-ES-002", "t", Severity.HIGH, Category.ENCRYPTION_AT_REST,
        "", "", List.of(), List.of(), Map.of("tfsec", List.of("aws-elastic-search-enable-domain-encryption"),
            "trivy", List.of("AVD-AWS-0048")));
    assertThat(parse("tfsec:ignore:aws-elasticsearch-enable-domain-encryption").get(0).names(rule)).isTrue();
    assertThat(parse("tfsec:ignore:aws-elastic-search-enable-domain-encryption").get(0).names(rule)).isTrue();
    assertThat(parse("trivy:ignore:aws-elasticsearch-enable-domain-encryption").get(0).names(rule)).isTrue();
    assertThat(parse("tfsec:ignore:aws-elasticsearch-enable-in-transit-encryption").get(0).names(rule)).isFalse();
  }
}
