package dev.iaclint.core.value;

import dev.iaclint.core.source.SourceRange;
import java.math.BigDecimal;
import java.util.Objects;

/** An arbitrary-precision number, as in Terraform. */
public record NumberValue(BigDecimal value, SourceRange range, Origin origin) implements Value {
  public NumberValue {
    Objects.requireNonNull(value, "value");
  }

  public NumberValue(BigDecimal value, SourceRange range) {
    this(value, range, Origin.NONE);
  }

  public NumberValue(long value, SourceRange range) {
    this(BigDecimal.valueOf(value), range, Origin.NONE);
  }

  @Override
  public Value withRange(SourceRange range) {
    return new NumberValue(value, range, origin);
  }

  @Override
  public Value withOrigin(Origin origin) {
    return new NumberValue(value, range, origin);
  }

  @Override
  public String typeName() {
    return "number";
  }

  /** True when the number has no fractional part. */
  public boolean isInteger() {
    return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
  }

  @Override
  public boolean sameAs(Value other) {
    return other instanceof NumberValue n && n.value.compareTo(value) == 0;
  }

  /** Terraform's canonical rendering: integers without a decimal point, no exponent. */
  @Override
  public String render() {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }
}
