package dev.iaclint.core.value;

import dev.iaclint.core.source.SourceRange;
import java.util.Objects;

public record StringValue(String value, SourceRange range, Origin origin) implements Value {
  public StringValue {
    Objects.requireNonNull(value, "value");
  }

  public StringValue(String value, SourceRange range) {
    this(value, range, Origin.NONE);
  }

  @Override
  public Value withRange(SourceRange range) {
    return new StringValue(value, range, origin);
  }

  @Override
  public Value withOrigin(Origin origin) {
    return new StringValue(value, range, origin);
  }

  @Override
  public String typeName() {
    return "string";
  }

  @Override
  public boolean sameAs(Value other) {
    return other instanceof StringValue s && s.value.equals(value);
  }

  @Override
  public String render() {
    String v = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }

  @Override
  public String toString() {
    // Deliberately not the value: a StringValue may hold a secret and toString() ends up in logs.
    return "StringValue(" + value.length() + " chars at " + range + ")";
  }
}
