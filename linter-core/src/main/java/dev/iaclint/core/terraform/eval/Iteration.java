package dev.iaclint.core.terraform.eval;

import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The key/value pairs {@code for} expressions, template {@code for} directives and dynamic blocks walk. */
public final class Iteration {
  private Iteration() {}

  /**
   * {@code [key, value]} pairs of a collection: index and element of a list or tuple, the element
   * twice for a set, key and member of a map or object; {@code null} for anything else.
   */
  public static List<Value[]> pairs(Value collection) {
    List<Value[]> out = new ArrayList<>();
    if (collection instanceof ListValue l) {
      for (int i = 0; i < l.size(); i++) {
        Value e = l.get(i);
        out.add(new Value[] {l.kind() == ListValue.Kind.SET ? e : new NumberValue(i, e.range()), e});
      }
      return out;
    }
    if (collection instanceof MapValue m) {
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        out.add(new Value[] {new StringValue(e.getKey(), m.memberRange(e.getKey())), e.getValue()});
      }
      return out;
    }
    return null;
  }
}
