package dev.iaclint.core.rule;

import dev.iaclint.core.graph.Node;

/** A rule judged once for every graph node it applies to. */
public non-sealed interface ResourceRule extends Rule {
  /** Whether {@code node} is something this rule judges (usually a test of format and type). */
  boolean appliesTo(Node node);

  /**
   * Judges {@code node}: pass, fail (with the precise places that are wrong), or indeterminate
   * (an input it needs is unknown). Must not throw for any configuration.
   */
  CheckResult check(Node node, RuleContext context);
}
