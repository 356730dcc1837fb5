package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/** The current element inside a {@link SplatExpr#each()}; its range is the splat marker. */
public record SplatItemExpr(SourceRange range) implements Expression {
}
