package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.rule.Values;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * One node setting as a node will see it: its value and where it is written.
 *
 * @param layer the settings source it comes from, which decides who reports a finding on it
 */
public record Setting(String key, Value value, SourceRange location, Layer layer) {

  /** The attribute path findings on this setting carry ({@code spec.nodeSets[0].config.xpack.security.enabled}). */
  public String attributePath() {
    return layer.pathPrefix() + key;
  }

  public boolean isUnknown() {
    return value instanceof UnknownValue;
  }

  public UnknownValue unknown() {
    return value instanceof UnknownValue u ? u : null;
  }

  /** The value as a boolean (also {@code "true"}), or {@code null}. */
  public Boolean asBoolean() {
    return Values.asBoolean(value);
  }

  /**
   * The value as a list of strings, as Elasticsearch reads list settings: a YAML list, or one
   * string with comma-separated items. {@code null} when any item is unknown.
   */
  public List<String> asList() {
    List<String> out = new ArrayList<>();
    List<Value> items = value instanceof ListValue l ? l.elements() : List.of(value);
    for (Value item : items) {
      if (item instanceof UnknownValue) {
        return null;
      }
      String text = Values.asString(item);
      if (text == null) {
        continue;
      }
      for (String part : text.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }
}
