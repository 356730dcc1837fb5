package dev.iaclint.core.rule.packfixture.broken;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(id = "TEST-BROKEN-001", title = "annotated but no rule", severity = Severity.LOW,
    category = Category.LOGGING, formats = SourceFormat.TERRAFORM)
public final class AnnotatedButNotARule {}
