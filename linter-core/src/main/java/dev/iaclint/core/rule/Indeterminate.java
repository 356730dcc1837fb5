package dev.iaclint.core.rule;

import dev.iaclint.core.source.SourceRange;
import java.util.Comparator;

/** A check that could not be decided, and why. Listed in reports; never counted as a failure. */
public record Indeterminate(String ruleId, String resource, SourceRange location, String reason) {
  public static final Comparator<Indeterminate> ORDER = Comparator
      .comparing(Indeterminate::location, dev.iaclint.core.source.SourceRange.ORDER)
      .thenComparing(Indeterminate::ruleId)
      .thenComparing(Indeterminate::resource);
}
