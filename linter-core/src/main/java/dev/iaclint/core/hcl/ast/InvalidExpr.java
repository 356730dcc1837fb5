package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/**
 * Stands in for an expression that could not be parsed, so a partial tree stays usable; a
 * diagnostic has been reported for it. Evaluators should treat it as an unknown value.
 */
public record InvalidExpr(SourceRange range) implements Expression {
}
