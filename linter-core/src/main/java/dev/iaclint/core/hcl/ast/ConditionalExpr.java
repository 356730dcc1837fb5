package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/** {@code condition ? trueResult : falseResult}. */
public record ConditionalExpr(Expression condition, Expression trueResult, Expression falseResult,
    SourceRange range) implements Expression {
}
