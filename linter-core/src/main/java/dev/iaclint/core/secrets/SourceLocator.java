package dev.iaclint.core.secrets;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;

/**
 * Finds where a secret inside a string value is written in the source. A value's range covers the
 * whole literal as written (quotes, escapes, YAML indentation, heredoc markers); the secret is part
 * of its decoded text. Secrets are almost always written verbatim, so the secret's text is looked
 * up inside the literal's source; when it is not there as-is (an escape inside it, a line-folded
 * YAML scalar), the first and last lines of the secret are looked up instead, and failing that the
 * whole literal is the range — never less than the secret.
 */
public final class SourceLocator {
  private SourceLocator() {}

  /**
   * The source range of {@code decoded.substring(start, end)}, where {@code decoded} is the value
   * of the literal written at {@code literal}.
   */
  public static SourceRange locate(SourceRange literal, String decoded, int start, int end) {
    if (start < 0 || end > decoded.length() || start >= end) {
      return literal;
    }
    SourceFile file = literal.file();
    String text = file.text();
    int litBegin = charIndex(file, literal.startLine(), literal.startColumn());
    int litEnd = charIndex(file, literal.endLine(), literal.endColumn());
    if (litBegin < 0 || litEnd > text.length() || litBegin >= litEnd) {
      return literal;
    }
    String raw = text.substring(litBegin, litEnd);
    String secret = decoded.substring(start, end);
    // The secret may occur more than once in the value: take the same occurrence in the source.
    int occurrence = countOccurrences(decoded, secret, start);
    int at = nthIndexOf(raw, secret, occurrence);
    if (at >= 0) {
      return file.rangeOfChars(litBegin + at, litBegin + at + secret.length());
    }
    String[] lines = secret.split("\\R", -1);
    if (lines.length > 1 && !lines[0].isBlank() && !lines[lines.length - 1].isBlank()) {
      int first = raw.indexOf(lines[0].strip());
      int last = first < 0 ? -1 : raw.indexOf(lines[lines.length - 1].strip(), first);
      if (first >= 0 && last >= 0) {
        int stop = last + lines[lines.length - 1].strip().length();
        return file.rangeOfChars(litBegin + first, litBegin + stop);
      }
    }
    return literal;
  }

  /** The UTF-16 index of 1-based {@code line}/{@code column} (code points) in {@code file}. */
  static int charIndex(SourceFile file, int line, int column) {
    String text = file.text();
    int lineStart = file.lineStartIndex(line);
    try {
      return text.offsetByCodePoints(lineStart, column - 1);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  private static int countOccurrences(String s, String part, int before) {
    int n = 0;
    int i = s.indexOf(part);
    while (i >= 0 && i < before) {
      n++;
      i = s.indexOf(part, i + 1);
    }
    return n;
  }

  private static int nthIndexOf(String s, String part, int n) {
    int i = s.indexOf(part);
    for (int k = 0; k < n && i >= 0; k++) {
      i = s.indexOf(part, i + 1);
    }
    return i;
  }
}
