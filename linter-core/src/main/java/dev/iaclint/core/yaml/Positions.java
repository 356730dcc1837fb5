package dev.iaclint.core.yaml;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;

/**
 * Turns parser offsets into {@link SourceRange}s through the file's own line index, so that YAML
 * and JSON positions agree with every other range in a report.
 */
final class Positions {
  private final SourceFile file;
  private final String text;
  /** UTF-16 index of every code point; {@code null} when the text has no surrogate pairs. */
  private int[] charIndexOfCodePoint;

  Positions(SourceFile file) {
    this.file = file;
    this.text = file.text();
    if (text.codePointCount(0, text.length()) != text.length()) {
      int n = text.codePointCount(0, text.length());
      charIndexOfCodePoint = new int[n + 1];
      int ci = 0;
      for (int cp = 0; cp < n; cp++) {
        charIndexOfCodePoint[cp] = ci;
        ci += Character.charCount(text.codePointAt(ci));
      }
      charIndexOfCodePoint[n] = text.length();
    }
  }

  SourceFile file() {
    return file;
  }

  /** The range of code points {@code [begin, end)}, with trailing whitespace left out. */
  SourceRange ofCodePoints(int begin, int end) {
    return ofChars(charIndex(begin), charIndex(end));
  }

  /** The range of UTF-16 chars {@code [begin, end)}, with trailing whitespace left out. */
  SourceRange ofChars(int begin, int end) {
    int b = clamp(begin);
    int e = Math.max(b, clamp(end));
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return file.rangeOfChars(b, e);
  }

  /** An empty range at code point {@code index}. */
  SourceRange pointAtCodePoint(int index) {
    int c = clamp(charIndex(index));
    return file.rangeOfChars(c, c);
  }

  SourceRange pointAtChar(int index) {
    int c = clamp(index);
    return file.rangeOfChars(c, c);
  }

  int charIndex(int codePointIndex) {
    if (charIndexOfCodePoint == null) {
      return codePointIndex;
    }
    if (codePointIndex <= 0) {
      return 0;
    }
    return codePointIndex >= charIndexOfCodePoint.length ? text.length()
        : charIndexOfCodePoint[codePointIndex];
  }

  private int clamp(int index) {
    return Math.max(0, Math.min(index, text.length()));
  }
}
