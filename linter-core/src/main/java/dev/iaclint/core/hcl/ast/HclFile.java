package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** A parsed HCL (or Terraform JSON) file: its body and every comment, in source order. */
public record HclFile(SourceFile source, Body body, List<Comment> comments) {

  public HclFile {
    comments = List.copyOf(comments);
  }

  /** The comments that start on 1-based {@code line} (for trailing comments). */
  public List<Comment> commentsOnLine(int line) {
    List<Comment> out = new ArrayList<>();
    for (Comment c : comments) {
      if (c.range().startLine() == line) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The comments directly above {@code node}: the run of whole-line comments ending on the line
   * before it (for {@code # iaclint:ignore ID} above a block or attribute). Nearest last.
   */
  public List<Comment> commentsAbove(Node node) {
    int line = node.range().startLine() - 1;
    List<Comment> out = new ArrayList<>();
    for (int i = comments.size() - 1; i >= 0 && line >= 1; i--) {
      Comment c = comments.get(i);
      if (c.range().endLine() > line) {
        continue;
      }
      if (c.range().endLine() < line || !startsLine(c)) {
        break;
      }
      out.add(0, c);
      line = c.range().startLine() - 1;
    }
    return out;
  }

  /** Whether only whitespace precedes {@code c} on its line: it is not a trailing comment. */
  private boolean startsLine(Comment c) {
    String text = source.line(c.range().startLine());
    int cps = c.range().startColumn() - 1;
    int end = text.offsetByCodePoints(0, Math.min(cps, text.codePointCount(0, text.length())));
    return text.substring(0, end).isBlank();
  }
}
