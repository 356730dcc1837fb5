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
   * twice for a set, key and member of a map or object; {@code null} for anything else. Elements
   * and map keys of a collection that came through variables came through them too, so {@code
   * each.value.enabled} and a dynamic block's {@code ingress.value.cidr} name where the variable
   * was set, as {@code var.x[0].enabled} does.
   */
  public static List<Value[]> pairs(Value collection) {
    List<Value[]> out = new ArrayList<>();
    if (collection instanceof ListValue l) {
      for (int i = 0; i < l.size(); i++) {
        Value e = Evaluator.inheritOrigin(l.get(i), l);
        out.add(new Value[] {l.kind() == ListValue.Kind.SET ? e : new NumberValue(i, e.range()), e});
      }
      return out;
    }
    if (collection instanceof MapValue m) {
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        Value key = Evaluator.inheritOrigin(new StringValue(e.getKey(), m.memberRange(e.getKey())), m);
        out.add(new Value[] {key, Evaluator.inheritOrigin(e.getValue(), m)});
      }
      return out;
    }
    return null;
  }
}
