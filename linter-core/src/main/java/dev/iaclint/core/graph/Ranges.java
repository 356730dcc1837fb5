package dev.iaclint.core.graph;

import dev.iaclint.core.source.SourceRange;

/** Small range helpers shared by the graph and the rules. */
public final class Ranges {
  private Ranges() {}

  /**
   * The part of {@code range} on its first line, without trailing whitespace: the header of a
   * block ({@code encrypt_at_rest {}) or the first line of a multi-line attribute.
   */
  public static SourceRange firstLine(SourceRange range) {
    if (range.startLine() == range.endLine()) {
      return range;
    }
    String line = range.file().line(range.startLine());
    int endCol = line.codePointCount(0, line.length()) + 1;
    while (endCol > range.startColumn()
        && Character.isWhitespace(line.codePointAt(line.offsetByCodePoints(0, endCol - 2)))) {
      endCol--;
    }
    int endOffset = range.startOffset() + (endCol - range.startColumn());
    return new SourceRange(range.file(), range.startLine(), range.startColumn(), range.startLine(),
        endCol, range.startOffset(), endOffset);
  }
}
