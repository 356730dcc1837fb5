package dev.iaclint.core.policy;

import java.util.List;

/**
 * A policy element that holds one string or a list of them ({@code Action}, {@code Resource}, a
 * condition's values).
 *
 * @param values the known strings
 * @param unknownReason why some of them are unknown, or {@code null} when all are known
 */
public record Strings(List<String> values, String unknownReason) {
  public static final Strings NONE = new Strings(List.of(), null);

  public Strings {
    values = List.copyOf(values);
  }

  public boolean isKnown() {
    return unknownReason == null;
  }

  public boolean contains(String value) {
    return values.contains(value);
  }
}
