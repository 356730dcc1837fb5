package dev.iaclint.core.hcl.ast;

/**
 * An HCL expression. The hierarchy is sealed and every kind is a record, so evaluators can
 * switch over it with {@code instanceof} patterns and the compiler helps keep them complete.
 *
 * <p>References follow hashicorp/hcl's model: a variable followed by attribute names and constant
 * keys is one {@link ScopeTraversalExpr} ({@code var.a.b[0]}); any other access is an
 * {@link IndexExpr} or {@link GetAttrExpr} wrapped around its source ({@code f(x).y},
 * {@code a[var.i]}), and splats are {@link SplatExpr}.
 */
public sealed interface Expression extends Node
    permits LiteralExpr, TemplateExpr, ScopeTraversalExpr, FunctionCallExpr, ConditionalExpr,
        BinaryOpExpr, UnaryOpExpr, TupleExpr, ObjectExpr, ForExpr, IndexExpr, GetAttrExpr,
        SplatExpr, SplatItemExpr, ParenthesesExpr, InvalidExpr {
}
