package dev.iaclint.core.value;

import dev.iaclint.core.source.SourceRange;

public record BoolValue(boolean value, SourceRange range, Origin origin) implements Value {
  public BoolValue(boolean value, SourceRange range) {
    this(value, range, Origin.NONE);
  }

  @Override
  public Value withRange(SourceRange range) {
    return new BoolValue(value, range, origin);
  }

  @Override
  public Value withOrigin(Origin origin) {
    return new BoolValue(value, range, origin);
  }

  @Override
  public String typeName() {
    return "bool";
  }

  @Override
  public boolean sameAs(Value other) {
    return other instanceof BoolValue b && b.value == value;
  }

  @Override
  public String render() {
    return Boolean.toString(value);
  }
}
