package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/**
 * {@code [for k, v in coll : value if cond]} or {@code {for k, v in coll : key => value... if cond}}.
 * {@code keyVar} is null with one variable; {@code keyExpr} is null for the tuple form;
 * {@code condition} is null without {@code if}; {@code grouping} is the object form's {@code ...}.
 */
public record ForExpr(String keyVar, String valueVar, Expression collection, Expression keyExpr,
    Expression valueExpr, Expression condition, boolean grouping, SourceRange range)
    implements Expression {

  /** Whether this builds an object ({@code {...}}) rather than a tuple. */
  public boolean isObject() {
    return keyExpr != null;
  }
}
