package dev.iaclint.core.value;

import dev.iaclint.core.source.SourceRange;

/** Terraform {@code null}, YAML {@code ~}/{@code null}, JSON {@code null}. */
public record NullValue(SourceRange range, Origin origin) implements Value {
  public NullValue(SourceRange range) {
    this(range, Origin.NONE);
  }

  @Override
  public Value withRange(SourceRange range) {
    return new NullValue(range, origin);
  }

  @Override
  public Value withOrigin(Origin origin) {
    return new NullValue(range, origin);
  }

  @Override
  public String typeName() {
    return "null";
  }

  @Override
  public boolean sameAs(Value other) {
    return other instanceof NullValue;
  }

  @Override
  public String render() {
    return "null";
  }
}
