package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/** {@code name = expression}; {@code range} covers both. */
public record Attribute(String name, SourceRange nameRange, Expression expression,
    SourceRange range) implements BodyItem {
}
