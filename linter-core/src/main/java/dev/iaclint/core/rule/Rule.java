package dev.iaclint.core.rule;

import java.util.List;

/**
 * A check. Implementations are either {@link ResourceRule}s, judged once per graph node they apply
 * to, or {@link DocumentRule}s, judged once per loaded file (for what is not tied to a resource,
 * such as a secret in any string).
 */
public sealed interface Rule permits ResourceRule, DocumentRule {
  RuleMetadata metadata();

  /** The rule's good and bad examples, per format. */
  List<RuleExample> examples();

  default String id() {
    return metadata().id();
  }

  /** Where the rule is written, for messages about the rule itself: its class, or its file and line. */
  default String definedIn() {
    return getClass().getName();
  }
}
