package dev.iaclint.core.kubernetes;

import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Kubernetes label selectors: a Service's plain map, and {@code matchLabels}/{@code matchExpressions}. */
public final class LabelSelectors {
  private LabelSelectors() {}

  /** A Service {@code spec.selector}: every label must be present with that value. */
  public static boolean matchesMap(MapValue selector, Map<String, String> labels) {
    for (String key : selector.keys()) {
      String want = Values.scalarText(selector.get(key));
      if (want == null || !want.equals(labels.get(key))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A {@code LabelSelector} ({@code matchLabels} and {@code matchExpressions}); an empty selector
   * selects everything. An expression iaclint cannot read selects nothing.
   */
  public static boolean matches(MapValue selector, Map<String, String> labels) {
    MapValue matchLabels = Values.map(selector.get("matchLabels"));
    if (matchLabels != null && !matchesMap(matchLabels, labels)) {
      return false;
    }
    for (Value e : Values.elements(selector.get("matchExpressions"))) {
      String key = Values.stringAt(e, "key");
      String operator = Values.stringAt(e, "operator");
      List<String> values = new ArrayList<>();
      Values.elements(Values.at(e, "values")).forEach(v -> {
        String t = Values.scalarText(v);
        if (t != null) {
          values.add(t);
        }
      });
      if (key == null || operator == null) {
        return false;
      }
      String actual = labels.get(key);
      boolean ok = switch (operator) {
        case "In" -> actual != null && values.contains(actual);
        case "NotIn" -> actual == null || !values.contains(actual);
        case "Exists" -> actual != null;
        case "DoesNotExist" -> actual == null;
        default -> false;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The string labels of a {@code metadata.labels}-style map. */
  public static Map<String, String> labels(Value map) {
    Map<String, String> out = new LinkedHashMap<>();
    MapValue m = Values.map(map);
    if (m != null) {
      for (String k : m.keys()) {
        String v = Values.scalarText(m.get(k));
        if (v != null) {
          out.put(k, v);
        }
      }
    }
    return out;
  }
}
