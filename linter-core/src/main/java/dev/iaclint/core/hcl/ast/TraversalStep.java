package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;

/** One static step of a {@link ScopeTraversalExpr}. */
public sealed interface TraversalStep extends Node {

  /** {@code .name}. */
  record Attr(String name, SourceRange range) implements TraversalStep {
  }

  /** {@code [key]} with a constant key: a number or string {@link LiteralExpr}. */
  record Index(LiteralExpr key, SourceRange range) implements TraversalStep {
  }

  /** {@code .0}, HIL's index syntax; means the same as {@code [0]}. */
  record LegacyIndex(long index, SourceRange range) implements TraversalStep {
  }
}
