package dev.iaclint.core.rule.packfixture.broken;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(id = "TEST-BROKEN-002", title = "no public constructor", severity = Severity.LOW,
    category = Category.LOGGING, formats = SourceFormat.TERRAFORM)
public final class NoPublicConstructorRule extends AnnotatedResourceRule {
  private NoPublicConstructorRule() {}

  @Override
  public CheckResult check(Node node, RuleContext context) {
    return CheckResult.pass();
  }
}
