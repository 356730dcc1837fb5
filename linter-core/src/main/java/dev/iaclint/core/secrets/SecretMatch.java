package dev.iaclint.core.secrets;

import java.util.Objects;

/**
 * A secret found in a string: what it is and where, as UTF-16 indexes into the string that was
 * scanned ({@code [start, end)}).
 *
 * <p>{@link #toString()} never shows the value: matches end up in logs and assertion messages.
 *
 * @param name the setting or variable name the value was assigned to, when the detection depended
 *     on it ({@code AWS_SECRET_ACCESS_KEY}), else {@code ""}
 */
public record SecretMatch(SecretKind kind, int start, int end, String value, String name) {
  public SecretMatch {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    name = name == null ? "" : name;
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** This match moved by {@code delta} characters (when the scanned string was part of a larger one). */
  public SecretMatch shift(int delta) {
    return new SecretMatch(kind, start + delta, end + delta, value, name);
  }

  /** The masked form of the value, safe to print. */
  public String masked() {
    return SecretMasker.mask(value, kind);
  }

  @Override
  public String toString() {
    return "SecretMatch(" + kind + " at " + start + ".." + end + ": " + masked() + ")";
  }
}
