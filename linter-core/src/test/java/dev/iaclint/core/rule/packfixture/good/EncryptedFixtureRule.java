package dev.iaclint.core.rule.packfixture.good;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "TEST-PACK-001",
    title = "Fixture: thing is not encrypted",
    severity = Severity.HIGH,
    category = Category.ENCRYPTION_AT_REST,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"test_thing", "Test::Thing"},
    description = """
        A fixture rule for the rule-pack tests.
        """,
    checkov = "CKV_TEST_1",
    trivy = {"AVD-TEST-0001"})
public final class EncryptedFixtureRule extends AnnotatedResourceRule {
  @Override
  public CheckResult check(Node node, RuleContext context) {
    return CheckResult.pass();
  }
}
