package dev.iaclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RuleExample;
import dev.iaclint.core.rule.RuleMetadata;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule carries the metadata the contract promises, and examples for each format. */
class RuleMetadataTest {
  private static final Pattern ID = Pattern.compile("IAC-[A-Z0-9]+(-[A-Z0-9]+)*-\\d{3}");
  private static final Map<String, Pattern> EQUIVALENT_IDS = Map.of(
      "checkov", Pattern.compile("CKV2?_[A-Z0-9]+_\\d+"),
      "trivy", Pattern.compile("AVD-[A-Z0-9]+-\\d{4}|KSV-?\\d{3,4}|[a-z0-9]+(-[a-z0-9]+)+"),
      "tfsec", Pattern.compile("[a-z0-9]+(-[a-z0-9]+)+"),
      "kics", Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));

  static List<Named<Rule>> rules() {
    return new BuiltinRuleProvider().rules().stream().map(r -> Named.of(r.id(), r)).toList();
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("rules")
  void metadataIsCompletePerTheContract(Rule rule) {
    RuleMetadata m = rule.metadata();

    assertThat(m.id()).matches(ID);
    assertThat(m.title()).isNotBlank();
    assertThat(m.description()).as("description").isNotBlank();
    assertThat(m.remediation()).as("remediation").isNotBlank();
    if (!TemporaryGates.RULES_AWAITING_EXAMPLES.containsKey(m.id())) {
      assertThat(m.links()).as("reference links").isNotEmpty();
    }
    assertThat(m.links()).allSatisfy(l -> assertThat(l).startsWith("https://"));
    assertThat(m.formats()).as("formats").isNotEmpty().doesNotHaveDuplicates();
    m.equivalents().forEach((scanner, ids) -> {
      assertThat(EQUIVALENT_IDS).as("known scanner").containsKey(scanner);
      assertThat(ids).as(scanner + " ids").isNotEmpty().allSatisfy(id -> assertThat(id).matches(EQUIVALENT_IDS.get(scanner)));
    });
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("rules")
  void everyFormatHasAGoodAndABadExampleAndNoOtherFormatHasAny(Rule rule) {
    List<RuleExample> examples = rule.examples();
    if (TemporaryGates.RULES_AWAITING_EXAMPLES.containsKey(rule.id())) {
      return;
    }
    for (SourceFormat format : rule.metadata().formats()) {
      assertThat(examples).as("good " + format.id() + " example")
          .anyMatch(e -> e.format() == format && e.kind() == RuleExample.Kind.GOOD);
      assertThat(examples).as("bad " + format.id() + " example")
          .anyMatch(e -> e.format() == format && e.kind() == RuleExample.Kind.BAD);
    }
    assertThat(examples).allMatch(e -> rule.metadata().formats().contains(e.format()),
        "examples only for the formats the rule declares");
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("rules")
  void everyBadExampleMarksWhereItsFindingsAre(Rule rule) {
    for (RuleExample e : rule.examples()) {
      if (e.kind() == RuleExample.Kind.BAD) {
        assertThat(e.expectations(rule.id())).as(e.format().id() + "/" + e.name() + " expect markers").isNotEmpty();
      }
    }
  }
}
