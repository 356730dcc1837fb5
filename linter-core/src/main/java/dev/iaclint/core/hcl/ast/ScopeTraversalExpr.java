package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;
import java.util.List;

/**
 * A variable and the static steps after it: {@code var.name}, {@code aws_s3_bucket.b.id},
 * {@code local.list[0]}, {@code module.m["k"].out}, {@code aws_instance.web.0.id}. A variable on
 * its own has no steps.
 */
public record ScopeTraversalExpr(String root, SourceRange rootRange, List<TraversalStep> steps,
    SourceRange range) implements Expression {

  public ScopeTraversalExpr {
    steps = List.copyOf(steps);
  }

  /** This traversal with one more step, now covering {@code range}. */
  public ScopeTraversalExpr withStep(TraversalStep step, SourceRange range) {
    java.util.ArrayList<TraversalStep> more = new java.util.ArrayList<>(steps.size() + 1);
    more.addAll(steps);
    more.add(step);
    return new ScopeTraversalExpr(root, rootRange, more, range);
  }

  /** The traversal as written without spaces, e.g. {@code var.a[0].b}; for messages. */
  public String toPath() {
    StringBuilder sb = new StringBuilder(root);
    for (TraversalStep s : steps) {
      if (s instanceof TraversalStep.Attr a) {
        sb.append('.').append(a.name());
      } else if (s instanceof TraversalStep.LegacyIndex l) {
        sb.append('.').append(l.index());
      } else if (s instanceof TraversalStep.Index i) {
        Object k = i.key().value();
        if (k instanceof String str) {
          sb.append("[\"").append(str).append("\"]");
        } else if (k instanceof java.math.BigDecimal bd) {
          sb.append('[').append(bd.toPlainString()).append(']');
        } else {
          sb.append('[').append(k).append(']');
        }
      }
    }
    return sb.toString();
  }
}
