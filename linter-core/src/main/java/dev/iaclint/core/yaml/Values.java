package dev.iaclint.core.yaml;

import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.util.List;

/** Small null-tolerant accessors for value trees read from YAML or JSON. */
public final class Values {
  private Values() {}

  /** {@code value} as a map, or {@code null}. */
  public static MapValue map(Value value) {
    return value instanceof MapValue m ? m : null;
  }

  /** {@code value} as a list, or {@code null}. */
  public static ListValue list(Value value) {
    return value instanceof ListValue l ? l : null;
  }

  /** The elements of {@code value} when it is a list; empty otherwise. */
  public static List<Value> elements(Value value) {
    return value instanceof ListValue l ? l.elements() : List.of();
  }

  /** The text of a string value, or {@code null}. */
  public static String string(Value value) {
    return value instanceof StringValue s ? s.value() : null;
  }

  /**
   * The text of a scalar as YAML would write it unquoted ({@code 9200}, {@code true}, {@code abc}),
   * or {@code null} for collections, nulls and unknowns.
   */
  public static String scalarText(Value value) {
    if (value instanceof StringValue s) {
      return s.value();
    }
    if (value instanceof NumberValue n) {
      return n.render();
    }
    if (value instanceof BoolValue b) {
      return Boolean.toString(b.value());
    }
    return null;
  }

  /** The value at {@code path} of nested maps, or {@code null} when any step is missing. */
  public static Value at(Value root, String... path) {
    Value v = root;
    for (String key : path) {
      if (!(v instanceof MapValue m)) {
        return null;
      }
      v = m.get(key);
    }
    return v;
  }

  /** The map at {@code path}, or {@code null}. */
  public static MapValue mapAt(Value root, String... path) {
    return map(at(root, path));
  }

  /** The string at {@code path}, or {@code null}. */
  public static String stringAt(Value root, String... path) {
    return string(at(root, path));
  }
}
