package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/** Anything in the HCL syntax tree: every node knows exactly where it was written. */
public interface Node {
  SourceRange range();
}
