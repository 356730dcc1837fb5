package dev.iaclint.core.rule;

import java.util.Locale;

/** How much a finding matters, most severe first. */
public enum Severity {
  CRITICAL, HIGH, MEDIUM, LOW;

  /** True when this severity is {@code threshold} or worse. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /** Parses {@code critical}, {@code HIGH} …; {@code null} when {@code text} names no severity. */
  public static Severity parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
