package dev.iaclint.core.rule.declarative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleExample;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleFileParserTest {

  private static final String VALID = """
      id: CUSTOM-ES-001
      title: Domain does not encrypt at rest
      severity: high
      category: encryption-at-rest
      description: |
        Data at rest is readable by anyone with the disks.
      remediation: Set encrypt_at_rest { enabled = true }.
      links: [https://example.com/docs]
      equivalents: {checkov: CKV_AWS_5, trivy: [AVD-AWS-0048], tfsec: [aws-elastic-search-enable-domain-encryption]}
      match:
        terraform:
          types: [aws_elasticsearch_domain, aws_opensearch_domain]
          assert: {path: encrypt_at_rest.enabled, equals: true, whenAbsent: false}
      examples:
        terraform:
          good: |
            resource "aws_opensearch_domain" "x" {
              encrypt_at_rest { enabled = true }
            }
          bad:
            - |
              resource "aws_opensearch_domain" "x" {  # expect: CUSTOM-ES-001
              }
            - main.tf: |
                resource "aws_opensearch_domain" "x" {
                  encrypt_at_rest { enabled = var.on }   # expect: CUSTOM-ES-001
                }
              terraform.tfvars: |
                on = false
      """;

  static RuleFileException error(String yaml) {
    RuleFileException e = catchThrowableOfType(RuleFileException.class,
        () -> RuleFiles.parse(SourceFile.of("rules/custom.yaml", yaml)));
    assertThat(e).as("a rule file error").isNotNull();
    return e;
  }

  @Test
  void aCompleteRuleFileGivesItsMetadataAndExamples() throws Exception {
    DeclarativeRule rule = RuleFiles.parse(SourceFile.of("rules/custom.yaml", VALID)).get(0);

    assertThat(rule.id()).isEqualTo("CUSTOM-ES-001");
    assertThat(rule.metadata().severity()).isEqualTo(Severity.HIGH);
    assertThat(rule.metadata().category()).isEqualTo(Category.ENCRYPTION_AT_REST);
    assertThat(rule.metadata().description()).isEqualTo("Data at rest is readable by anyone with the disks.");
    assertThat(rule.metadata().equivalents()).isEqualTo(Map.of("checkov", List.of("CKV_AWS_5"),
        "trivy", List.of("AVD-AWS-0048"), "tfsec", List.of("aws-elastic-search-enable-domain-encryption")));
    assertThat(rule.metadata().formats()).containsExactly(SourceFormat.TERRAFORM);
    assertThat(rule.examples()).extracting(RuleExample::kind, RuleExample::name).containsExactly(
        org.assertj.core.groups.Tuple.tuple(RuleExample.Kind.GOOD, "good"),
        org.assertj.core.groups.Tuple.tuple(RuleExample.Kind.BAD, "bad-1"),
        org.assertj.core.groups.Tuple.tuple(RuleExample.Kind.BAD, "bad-2"));
    assertThat(rule.examples().get(1).fileName()).isEqualTo("main.tf");
    assertThat(rule.examples().get(1).expectations("CUSTOM-ES-001")).extracting(RuleExample.Expectation::line)
        .containsExactly(1);
    assertThat(rule.examples().get(2).files()).extracting(RuleExample.ExampleFile::path)
        .containsExactly("main.tf", "terraform.tfvars");
    assertThat(rule.definedIn()).isEqualTo("rules/custom.yaml:1:1");
  }

  @Test
  void severalYamlDocumentsAreSeveralRules() throws Exception {
    String two = VALID + "---\n" + VALID.replace("CUSTOM-ES-001", "CUSTOM-ES-002");

    assertThat(RuleFiles.parse(SourceFile.of("r.yaml", two))).extracting(DeclarativeRule::id)
        .containsExactly("CUSTOM-ES-001", "CUSTOM-ES-002");
  }

  @Test
  void aMisspelledKeyIsReportedAtItsPositionWithASuggestion() {
    RuleFileException e = error(VALID.replace("assert: {path", "asert: {path"));

    assertThat(e.toString()).isEqualTo(
        "rules/custom.yaml:13:5: unknown key 'asert' in match.terraform; did you mean 'assert'?");
  }

  @Test
  void aMissingRequiredKeyNamesIt() {
    RuleFileException e = error(VALID.replace("title: Domain does not encrypt at rest\n", ""));

    assertThat(e.getMessage()).isEqualTo("a rule is missing 'title'");
    assertThat(e.range().startLine()).isEqualTo(1);
  }

  @Test
  void anUnknownCategoryListsTheContractCategories() {
    RuleFileException e = error(VALID.replace("category: encryption-at-rest", "category: crypto"));

    assertThat(e.toString()).startsWith("rules/custom.yaml:4:11: unknown category 'crypto'; expected one of "
        + "public-exposure, network-acl, authentication");
  }

  @Test
  void anUnknownSeverityIsAnError() {
    assertThat(error(VALID.replace("severity: high", "severity: urgent")).toString())
        .isEqualTo("rules/custom.yaml:3:11: unknown severity 'urgent'; expected CRITICAL, HIGH, MEDIUM or LOW");
  }

  @Test
  void anUnknownScannerInEquivalentsIsAnError() {
    RuleFileException e = error(VALID.replace("checkov: CKV_AWS_5", "chekov: CKV_AWS_5"));

    assertThat(e.getMessage()).isEqualTo("unknown key 'chekov' in equivalents; did you mean 'checkov'?");
  }

  @Test
  void twoOperatorsInOneConditionAreAnError() {
    RuleFileException e = error(VALID.replace("equals: true, whenAbsent", "equals: true, exists: true, whenAbsent"));

    assertThat(e.getMessage()).isEqualTo(
        "a condition has one operator, not both 'equals' and 'exists'; combine several with and/or");
    assertThat(e.range().startLine()).isEqualTo(13);
  }

  @Test
  void aConditionWithoutOperatorIsAnError() {
    RuleFileException e = error(VALID.replace("equals: true, whenAbsent: false", "whenAbsent: false"));

    assertThat(e.getMessage()).startsWith("a condition needs an operator: equals, notEquals, in");
  }

  @Test
  void anInvalidRegularExpressionIsAnErrorAtItsValue() {
    RuleFileException e = error(VALID.replace("equals: true, whenAbsent: false", "matches: \"a(b\""));

    assertThat(e.getMessage()).startsWith("not a valid regular expression: Unclosed group");
    assertThat(e.range().startLine()).isEqualTo(13);
    assertThat(e.range().startColumn()).isEqualTo(54);
  }

  @Test
  void anInvalidCidrIsAnError() {
    RuleFileException e = error(VALID.replace("equals: true, whenAbsent: false", "cidrContains: 300.0.0.0/8"));

    assertThat(e.getMessage()).isEqualTo("'cidrContains' takes an address block such as 0.0.0.0/0 or ::/0");
  }

  @Test
  void combinatorsStandAlone() {
    RuleFileException e = error(VALID.replace("assert: {path: encrypt_at_rest.enabled, equals: true, whenAbsent: false}",
        "assert: {not: {path: a, exists: true}, path: b}"));

    assertThat(e.getMessage()).startsWith("'not' stands alone in its condition");
  }

  @Test
  void whenAbsentDoesNotGoWithQuantifiers() {
    RuleFileException e = error(VALID.replace("assert: {path: encrypt_at_rest.enabled, equals: true, whenAbsent: false}",
        "assert: {path: ingress, any: {path: a, exists: true}, whenAbsent: false}"));

    assertThat(e.getMessage()).isEqualTo("whenAbsent goes with a test on one attribute, not with 'any'");
  }

  @Test
  void linkedResourcesTakeOnlyQuantifiers() {
    RuleFileException e = error(VALID.replace("assert: {path: encrypt_at_rest.enabled, equals: true, whenAbsent: false}",
        "assert: {parts: [aws_s3_bucket_acl], equals: 1}"));

    assertThat(e.getMessage()).isEqualTo("'parts' takes any, all, none, exists or absent, not 'equals'");
  }

  @Test
  void examplesForAFormatTheRuleDoesNotMatchAreAnError() {
    RuleFileException e = error(VALID.replace("examples:\n  terraform:", "examples:\n  kubernetes:"));

    assertThat(e.getMessage()).isEqualTo("examples for kubernetes, which match does not cover");
  }

  @Test
  void anUnknownFormatIsAnError() {
    RuleFileException e = error(VALID.replace("match:\n  terraform:", "match:\n  terrafrom:"));

    assertThat(e.getMessage()).isEqualTo("unknown key 'terrafrom' in match; did you mean 'terraform'?");
  }

  @Test
  void invalidYamlIsReportedAtTheProblem() {
    RuleFileException e = error("id: X\ntitle: [unclosed\nseverity: HIGH\n");

    assertThat(e.getMessage()).startsWith("not valid YAML: ");
    assertThat(e.range().startLine()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aDuplicatedKeyIsAnError() {
    RuleFileException e = error(VALID.replace("severity: high\n", "severity: high\nseverity: low\n"));

    assertThat(e.toString()).isEqualTo("rules/custom.yaml:4:1: 'severity' appears twice in a rule");
  }

  @Test
  void anEmptyFileHoldsNoRule() {
    assertThat(error("# nothing\n").getMessage()).isEqualTo("the file holds no rule");
  }

  @Test
  void ruleIdsAreRestrictedToSafeCharacters() {
    assertThat(error(VALID.replace("id: CUSTOM-ES-001", "id: \"bad id\"")).getMessage())
        .isEqualTo("rule id 'bad id' may only hold letters, digits, '-', '_' and '.'");
  }
}
