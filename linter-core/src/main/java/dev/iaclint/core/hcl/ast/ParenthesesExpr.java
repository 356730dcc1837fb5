package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/** {@code (expression)}; kept because it changes the meaning of an object key. */
public record ParenthesesExpr(Expression expression, SourceRange range) implements Expression {
}
