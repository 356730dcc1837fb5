package dev.iaclint.core.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * A span of a {@link SourceFile}.
 *
 * <p>Lines and columns are 1-based and count Unicode code points (a tab is one column). The end is
 * exclusive: {@code endColumn} is the column just after the last character, as in HCL's own ranges
 * and in SARIF. Offsets are 0-based code-point offsets from the start of the file (after any BOM).
 */
public record SourceRange(
    SourceFile file,
    int startLine,
    int startColumn,
    int endLine,
    int endColumn,
    int startOffset,
    int endOffset) {

  /** Orders by file display path, then start, then end. */
  public static final Comparator<SourceRange> ORDER = Comparator
      .comparing((SourceRange r) -> r.file().displayPath())
      .thenComparingInt(SourceRange::startLine)
      .thenComparingInt(SourceRange::startColumn)
      .thenComparingInt(SourceRange::endLine)
      .thenComparingInt(SourceRange::endColumn);

  public SourceRange {
    Objects.requireNonNull(file, "file");
  }

  /** The range from the start of {@code from} to the end of {@code to} (same file). */
  public static SourceRange span(SourceRange from, SourceRange to) {
    return new SourceRange(from.file, from.startLine, from.startColumn, to.endLine, to.endColumn,
        from.startOffset, to.endOffset);
  }

  /** An empty range at the very start of {@code file}: for whole-file diagnostics and synthetic values. */
  public static SourceRange startOf(SourceFile file) {
    return new SourceRange(file, 1, 1, 1, 1, 0, 0);
  }

  /** The empty range at this range's start. */
  public SourceRange startPoint() {
    return new SourceRange(file, startLine, startColumn, startLine, startColumn, startOffset, startOffset);
  }

  /** Whether {@code other} lies within this range (same file). */
  public boolean contains(SourceRange other) {
    return file == other.file && startOffset <= other.startOffset && other.endOffset <= endOffset;
  }

  /** {@code file:line:col}, the form compilers and editors recognise. */
  public String toShortString() {
    return file.displayPath() + ":" + startLine + ":" + startColumn;
  }

  @Override
  public String toString() {
    return file.displayPath() + ":" + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
  }
}
