package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/**
 * {@code source[*].a.b[0]} ({@code full}) or {@code source.*.a.b} (attribute-only).
 *
 * <p>{@code each} is evaluated once per element of {@code source}, with {@link #item()} standing
 * for the element: for {@code list[*].id} it is {@code GetAttrExpr(item, "id")}. A full splat
 * takes every following traversal into {@code each} ({@code a[*].b[0]} indexes each element); an
 * attribute-only splat takes only the following {@code .name} steps, so in {@code a.*.b[0]} the
 * {@code [0]} applies to the resulting tuple. With nothing after the splat, {@code each} is the
 * item itself.
 */
public record SplatExpr(Expression source, Expression each, SplatItemExpr item, boolean full,
    SourceRange range) implements Expression {
}
