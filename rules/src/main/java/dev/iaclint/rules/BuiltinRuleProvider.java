package dev.iaclint.rules;

import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RulePack;
import dev.iaclint.core.rule.RuleProvider;
import java.util.List;

/**
 * iaclint's own rule pack. Rules are found, not registered: every class under {@code
 * dev.iaclint.rules} annotated with {@code @RuleInfo}, in this jar (or classes directory).
 */
public final class BuiltinRuleProvider implements RuleProvider {
  private static volatile List<Rule> cached;

  @Override
  public List<Rule> rules() {
    List<Rule> rules = cached;
    if (rules == null) {
      // A broken built-in rule is a build bug: the rules module's tests fail on it first.
      rules = RulePack.javaRules(BuiltinRuleProvider.class, "dev.iaclint.rules").rulesOrThrow();
      cached = rules;
    }
    return rules;
  }
}
