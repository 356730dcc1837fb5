package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/** A comment as written, markers included. */
public record Comment(String text, Kind kind, SourceRange range) implements Node {

  public enum Kind {
    /** {@code # ...}. */
    HASH,
    /** {@code // ...}. */
    SLASHES,
    /** {@code /* ... *}{@code /}. */
    BLOCK
  }

  /** The text without comment markers and surrounding spaces, e.g. {@code iaclint:ignore X}. */
  public String content() {
    String s = switch (kind) {
      case HASH -> text.substring(1);
      case SLASHES -> text.substring(2);
      case BLOCK -> text.substring(2, Math.max(2, text.length() - 2));
    };
    return s.strip();
  }
}
