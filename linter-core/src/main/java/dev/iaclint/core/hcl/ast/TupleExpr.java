package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;
import java.util.List;

/** {@code [a, b, c]}. */
public record TupleExpr(List<Expression> items, SourceRange range) implements Expression {

  public TupleExpr {
    items = List.copyOf(items);
  }
}
