package dev.iaclint.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.packfixture.good.EncryptedFixtureRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulePackTest {

  @Test
  void findsAnnotatedRuleClassesAndIgnoresOtherClasses() {
    RulePack.Loaded loaded = RulePack.javaRules(RulePackTest.class, "dev.iaclint.core.rule.packfixture.good");

    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.rules()).extracting(Rule::id).containsExactly("TEST-PACK-001");
    assertThat(loaded.rules().get(0)).isInstanceOf(EncryptedFixtureRule.class);
  }

  @Test
  void metadataComesFromTheAnnotation() {
    RuleMetadata meta = new EncryptedFixtureRule().metadata();

    assertThat(meta.id()).isEqualTo("TEST-PACK-001");
    assertThat(meta.severity()).isEqualTo(Severity.HIGH);
    assertThat(meta.category()).isEqualTo(Category.ENCRYPTION_AT_REST);
    assertThat(meta.formats()).containsExactly(SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION);
    assertThat(meta.description()).isEqualTo("A fixture rule for the rule-pack tests.");
    assertThat(meta.equivalents()).isEqualTo(Map.of("checkov", List.of("CKV_TEST_1"), "trivy", List.of("AVD-TEST-0001")));
  }

  @Test
  void annotatedClassesThatCannotBeRulesAreReportedNotSkipped() {
    RulePack.Loaded loaded = RulePack.javaRules(RulePackTest.class, "dev.iaclint.core.rule.packfixture.broken");

    assertThat(loaded.rules()).isEmpty();
    assertThat(loaded.problems()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
        .contains("AnnotatedButNotARule has @RuleInfo but is not a concrete ResourceRule or DocumentRule"));
    assertThat(loaded.problems()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
        .contains("NoPublicConstructorRule must be public with a public no-argument constructor"));
    assertThatThrownBy(loaded::rulesOrThrow).hasMessageContaining("broken rule pack");
  }

  @Test
  void defaultAppliesToMatchesFormatAndTypeOfResources() {
    EncryptedFixtureRule rule = new EncryptedFixtureRule();

    assertThat(rule.appliesTo(TestNodes.resource(SourceFormat.TERRAFORM, "test_thing"))).isTrue();
    assertThat(rule.appliesTo(TestNodes.resource(SourceFormat.CLOUDFORMATION, "Test::Thing"))).isTrue();
    assertThat(rule.appliesTo(TestNodes.resource(SourceFormat.TERRAFORM, "other_thing"))).isFalse();
    assertThat(rule.appliesTo(TestNodes.resource(SourceFormat.KUBERNETES, "test_thing"))).isFalse();
  }

  @Test
  void examplesAreReadFromFilesAndDirectoriesBesideTheRule() {
    List<RuleExample> examples = new EncryptedFixtureRule().examples();

    assertThat(examples).extracting(RuleExample::format, RuleExample::kind, RuleExample::name).containsExactly(
        org.assertj.core.groups.Tuple.tuple(SourceFormat.CLOUDFORMATION, RuleExample.Kind.GOOD, "good-minimal.yaml"),
        org.assertj.core.groups.Tuple.tuple(SourceFormat.TERRAFORM, RuleExample.Kind.BAD, "bad-split/"),
        org.assertj.core.groups.Tuple.tuple(SourceFormat.TERRAFORM, RuleExample.Kind.GOOD, "good.tf"));
    RuleExample split = examples.get(1);
    assertThat(split.files()).extracting(RuleExample.ExampleFile::path).containsExactly("main.tf", "terraform.tfvars");
    assertThat(split.expectations("TEST-PACK-001")).containsExactly(new RuleExample.Expectation("main.tf", 2));
  }
}
