package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/** {@code -operand} or {@code !operand}. */
public record UnaryOpExpr(UnaryOperator op, Expression operand, SourceRange range)
    implements Expression {
}
