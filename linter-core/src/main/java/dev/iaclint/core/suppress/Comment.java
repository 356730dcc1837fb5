package dev.iaclint.core.suppress;

import dev.iaclint.core.source.SourceRange;

/**
 * A comment in a source file.
 *
 * @param text the comment without its delimiters ({@code #}, {@code //}, {@code /* *\/})
 * @param ownLine whether nothing but whitespace precedes it on its first line
 * @param range where the whole comment is written
 */
public record Comment(String text, boolean ownLine, SourceRange range) {
  public int startLine() {
    return range.startLine();
  }

  public int endLine() {
    return range.endLine();
  }
}
