package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/** {@code lhs op rhs}; operators of one level associate to the left. */
public record BinaryOpExpr(BinaryOperator op, Expression lhs, Expression rhs,
    SourceRange operatorRange, SourceRange range) implements Expression {
}
