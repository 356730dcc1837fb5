package dev.iaclint.core.rule;

import dev.iaclint.core.load.Document;

/** A rule judged once for every loaded file it applies to. */
public non-sealed interface DocumentRule extends Rule {
  boolean appliesTo(Document document);

  CheckResult check(Document document, RuleContext context);
}
