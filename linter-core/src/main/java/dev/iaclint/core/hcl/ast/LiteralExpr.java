package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;
import java.math.BigDecimal;

/**
 * A literal value: {@code null}, a {@link Boolean}, a {@link BigDecimal} number or a
 * {@link String}. Strings appear only where the syntax has no template: constant index keys
 * ({@code a["k"]}), bare-identifier object keys and JSON property names.
 */
public record LiteralExpr(Object value, SourceRange range) implements Expression {

  public LiteralExpr {
    if (value != null && !(value instanceof Boolean) && !(value instanceof BigDecimal)
        && !(value instanceof String)) {
      throw new IllegalArgumentException("not a literal value: " + value.getClass());
    }
  }

  public boolean isNull() {
    return value == null;
  }

  public boolean isBool() {
    return value instanceof Boolean;
  }

  public boolean isNumber() {
    return value instanceof BigDecimal;
  }

  public boolean isString() {
    return value instanceof String;
  }
}
