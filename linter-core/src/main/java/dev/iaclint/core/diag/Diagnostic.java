package dev.iaclint.core.diag;

import dev.iaclint.core.secrets.SecretMasker;
import dev.iaclint.core.source.SourceRange;
import java.util.Comparator;
import java.util.Objects;

/**
 * A problem with the input itself rather than a finding about the infrastructure it describes.
 *
 * <p>Messages are written for the person who wrote the file, in the words of that file's language
 * ("expected '=' or a block body after 'name'"), never in parser-generator token names. A message
 * must never contain a secret value.
 */
public record Diagnostic(Severity severity, SourceRange range, String message) {

  /** How bad a diagnostic is; only {@link #ERROR} means an input could not be read or parsed. */
  public enum Severity {
    /** The file (or part of it) could not be read or parsed; the scan exits with code 2. */
    ERROR,
    /** Something was understood but is probably wrong (undefined variable, type error, cycle). */
    WARNING,
    /** Information the user should see once (a skipped Helm chart, a module not downloaded). */
    NOTICE
  }

  /** Orders by file, position, then message: reports must be deterministic. */
  public static final Comparator<Diagnostic> ORDER = Comparator
      .comparing(Diagnostic::range, SourceRange.ORDER)
      .thenComparing(Diagnostic::severity)
      .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(message, "message");
    // The last line of defence: whatever a message quotes from the input, known secrets are masked.
    message = SecretMasker.scrub(message);
  }

  public static Diagnostic error(SourceRange range, String message) {
    return new Diagnostic(Severity.ERROR, range, message);
  }

  public static Diagnostic warning(SourceRange range, String message) {
    return new Diagnostic(Severity.WARNING, range, message);
  }

  public static Diagnostic notice(SourceRange range, String message) {
    return new Diagnostic(Severity.NOTICE, range, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:col: message}, the line editors and CI logs understand. */
  public String format() {
    // A problem with no place in a file (a missing path) is shown without a fake position.
    return range.file().isSynthetic() ? message : range.toShortString() + ": " + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
