package dev.iaclint.rules;

import dev.iaclint.core.rule.ResourceTree;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RulePack;
import dev.iaclint.core.rule.RuleProvider;
import dev.iaclint.core.rule.declarative.RuleFiles;
import java.util.List;

/**
 * iaclint's own rule pack. Rules are found, not registered, in this jar (or classes directory):
 * every class under {@code dev.iaclint.rules} annotated with {@code @RuleInfo}, and every rule
 * file under {@code rules/} (by convention {@code rules/<provider>/<service>/<name>.yaml}). Each
 * rule's examples are under {@code examples/<RULE-ID>/}.
 */
public final class BuiltinRuleProvider implements RuleProvider {
  private static volatile List<Rule> cached;

  @Override
  public List<Rule> rules() {
    List<Rule> rules = cached;
    if (rules == null) {
      // A broken built-in rule is a build bug: the rules module's tests fail on it first.
      rules = load().rulesOrThrow();
      cached = rules;
    }
    return rules;
  }

  /** The pack with its problems, for the tests that keep it healthy. */
  static RulePack.Loaded load() {
    return RulePack.javaRules(BuiltinRuleProvider.class, "dev.iaclint.rules")
        .plus(RuleFiles.load(ResourceTree.of(BuiltinRuleProvider.class), "rules/"));
  }
}
