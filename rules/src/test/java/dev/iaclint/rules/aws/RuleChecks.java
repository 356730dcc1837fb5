package dev.iaclint.rules.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.ResourceRule;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.testing.YamlGraph;
import dev.iaclint.rules.BuiltinRuleProvider;
import java.util.List;

/** Runs one built-in rule on one node of a hand-built graph. */
public final class RuleChecks {
  private RuleChecks() {}

  public static ResourceRule rule(String id) {
    for (Rule r : new BuiltinRuleProvider().rules()) {
      if (r.id().equals(id)) {
        return (ResourceRule) r;
      }
    }
    throw new AssertionError("no rule " + id);
  }

  public static CheckResult check(String id, YamlGraph g, String address) {
    ResourceRule rule = rule(id);
    assertThat(rule.appliesTo(g.node(address))).as(id + " applies to " + address).isTrue();
    return rule.check(g.node(address), g.context());
  }

  public static List<Failure> failures(String id, YamlGraph g, String address) {
    CheckResult r = check(id, g, address);
    assertThat(r).as(id + " on " + address).isInstanceOf(CheckResult.Fail.class);
    return ((CheckResult.Fail) r).failures();
  }

  /** The one failure of rule {@code id} on {@code address}. */
  public static Failure failure(String id, YamlGraph g, String address) {
    List<Failure> failures = failures(id, g, address);
    assertThat(failures).as(id + " on " + address).hasSize(1);
    return failures.get(0);
  }

  public static CheckResult.Indeterminate undecided(String id, YamlGraph g, String address) {
    CheckResult r = check(id, g, address);
    assertThat(r).as(id + " on " + address).isInstanceOf(CheckResult.Indeterminate.class);
    return (CheckResult.Indeterminate) r;
  }

  public static void passes(String id, YamlGraph g, String address) {
    assertThat(check(id, g, address)).as(id + " on " + address).isEqualTo(CheckResult.pass());
  }
}
