package dev.iaclint.core.rule.declarative;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.source.SourceRange;

/** A rule file that cannot be used, with the place and the reason ({@code file:line:col: message}). */
public final class RuleFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient SourceRange range;

  public RuleFileException(SourceRange range, String message) {
    super(message, null, false, false);
    this.range = range;
  }

  public SourceRange range() {
    return range;
  }

  public Diagnostic diagnostic() {
    return Diagnostic.error(range, getMessage());
  }

  @Override
  public String toString() {
    return range.toShortString() + ": " + getMessage();
  }
}
