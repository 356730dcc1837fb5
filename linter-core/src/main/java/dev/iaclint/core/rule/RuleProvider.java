package dev.iaclint.core.rule;

import java.util.List;

/**
 * Supplies rules to the engine. Rule packs (the built-in one in {@code rules/}, or a company's own
 * jar) register an implementation in {@code META-INF/services/dev.iaclint.core.rule.RuleProvider}.
 */
public interface RuleProvider {
  List<Rule> rules();
}
