package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/**
 * {@code collection[key]} where the index cannot be part of a {@link ScopeTraversalExpr} (the key
 * is not constant, or the collection is not a variable). {@code legacy} marks {@code .0}.
 */
public record IndexExpr(Expression collection, Expression key, boolean legacy, SourceRange range)
    implements Expression {
}
