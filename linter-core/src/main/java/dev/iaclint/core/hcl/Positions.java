package dev.iaclint.core.hcl;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Turns the code-point indexes ANTLR reports into {@link SourceRange}s. Whole files use a table of
 * line starts; text embedded in another file (a JSON string) maps back through a char map.
 */
abstract class Positions {

  /** The range of code points {@code [begin, end)} of the parsed text. */
  abstract SourceRange range(int begin, int end);

  abstract SourceFile file();

  static Positions of(SourceFile file) {
    return new Direct(file);
  }

  /**
   * Positions for {@code text} whose UTF-16 index {@code i} came from {@code origin}'s UTF-16 index
   * {@code toOrigin.applyAsInt(i)} (defined for {@code 0..text.length()}).
   */
  static Positions embedded(String text, SourceFile origin, IntUnaryOperator toOrigin) {
    return new Embedded(text, origin, toOrigin);
  }

  private static final class Direct extends Positions {
    private final SourceFile file;
    /** Code-point index of the first character of each line. */
    private final int[] lineStarts;
    private int lastLine;

    Direct(SourceFile file) {
      this.file = file;
      String text = file.text();
      int[] starts = new int[Math.max(16, text.length() / 32)];
      int n = 0;
      starts[n++] = 0;
      int cp = 0;
      int len = text.length();
      for (int i = 0; i < len; i++) {
        char c = text.charAt(i);
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
          continue;
        }
        cp++;
        // Same line breaks as SourceFile: LF, CRLF, lone CR.
        if (c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'))) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = cp;
        }
      }
      lineStarts = Arrays.copyOf(starts, n);
    }

    @Override
    SourceFile file() {
      return file;
    }

    @Override
    SourceRange range(int begin, int end) {
      int sl = lineOf(begin);
      int el = end == begin ? sl : lineOf(end);
      return new SourceRange(file, sl + 1, begin - lineStarts[sl] + 1, el + 1,
          end - lineStarts[el] + 1, begin, end);
    }

    /** 0-based line of code point {@code cp}; lookups are mostly increasing, so try the last. */
    private int lineOf(int cp) {
      int l = lastLine;
      if (cp >= lineStarts[l] && (l + 1 == lineStarts.length || cp < lineStarts[l + 1])) {
        return l;
      }
      int i = Arrays.binarySearch(lineStarts, cp);
      l = i >= 0 ? i : -i - 2;
      // Several empty trailing lines can share a start only at the very end; take the last.
      while (l + 1 < lineStarts.length && lineStarts[l + 1] == cp) {
        l++;
      }
      lastLine = l;
      return l;
    }
  }

  private static final class Embedded extends Positions {
    private final String text;
    private final SourceFile origin;
    private final IntUnaryOperator toOrigin;
    private final boolean bmpOnly;

    Embedded(String text, SourceFile origin, IntUnaryOperator toOrigin) {
      this.text = text;
      this.origin = origin;
      this.toOrigin = toOrigin;
      this.bmpOnly = text.codePointCount(0, text.length()) == text.length();
    }

    @Override
    SourceFile file() {
      return origin;
    }

    @Override
    SourceRange range(int begin, int end) {
      int b = bmpOnly ? begin : text.offsetByCodePoints(0, begin);
      int e = bmpOnly ? end : text.offsetByCodePoints(b, end - begin);
      return origin.rangeOfChars(toOrigin.applyAsInt(b), toOrigin.applyAsInt(e));
    }
  }
}
