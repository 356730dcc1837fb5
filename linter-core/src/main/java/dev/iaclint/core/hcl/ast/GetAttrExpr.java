package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/** {@code source.name} where the source is not a plain variable, e.g. {@code f(x).id}. */
public record GetAttrExpr(Expression source, String name, SourceRange nameRange,
    SourceRange range) implements Expression {
}
