package dev.iaclint.core.hcl.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Generic walks over the expression tree, so callers need not switch over every node type. */
public final class Expressions {
  private Expressions() {
  }

  /** The direct sub-expressions of {@code e}, in source order. */
  public static List<Expression> children(Expression e) {
    List<Expression> out = new ArrayList<>();
    if (e instanceof TemplateExpr t) {
      addParts(t.parts(), out);
    } else if (e instanceof FunctionCallExpr f) {
      out.addAll(f.args());
    } else if (e instanceof ConditionalExpr c) {
      out.add(c.condition());
      out.add(c.trueResult());
      out.add(c.falseResult());
    } else if (e instanceof BinaryOpExpr b) {
      out.add(b.lhs());
      out.add(b.rhs());
    } else if (e instanceof UnaryOpExpr u) {
      out.add(u.operand());
    } else if (e instanceof TupleExpr t) {
      out.addAll(t.items());
    } else if (e instanceof ObjectExpr o) {
      for (ObjectItem i : o.items()) {
        out.add(i.key());
        out.add(i.value());
      }
    } else if (e instanceof ForExpr f) {
      out.add(f.collection());
      if (f.keyExpr() != null) {
        out.add(f.keyExpr());
      }
      out.add(f.valueExpr());
      if (f.condition() != null) {
        out.add(f.condition());
      }
    } else if (e instanceof IndexExpr i) {
      out.add(i.collection());
      out.add(i.key());
    } else if (e instanceof GetAttrExpr g) {
      out.add(g.source());
    } else if (e instanceof SplatExpr s) {
      out.add(s.source());
      out.add(s.each());
    } else if (e instanceof ParenthesesExpr p) {
      out.add(p.expression());
    }
    // Literals, traversals (their index keys are constants), splat items and invalid
    // expressions have no sub-expressions.
    return out;
  }

  private static void addParts(List<TemplatePart> parts, List<Expression> out) {
    for (TemplatePart p : parts) {
      if (p instanceof TemplatePart.Interpolation i) {
        out.add(i.expression());
      } else if (p instanceof TemplatePart.IfDirective d) {
        out.add(d.condition());
        addParts(d.thenParts(), out);
        addParts(d.elseParts(), out);
      } else if (p instanceof TemplatePart.ForDirective d) {
        out.add(d.collection());
        addParts(d.body(), out);
      }
    }
  }

  /** Visits {@code e} and everything below it, depth-first, each node before its children. */
  public static void walk(Expression e, Consumer<Expression> visitor) {
    visitor.accept(e);
    for (Expression c : children(e)) {
      walk(c, visitor);
    }
  }

  /**
   * Every variable reference in {@code e}, in source order, e.g. {@code var.x} and
   * {@code aws_s3_bucket.b.id}. Names bound by {@code for} expressions and directives are
   * included as written; telling them apart needs scopes, which is the evaluator's business.
   */
  public static List<ScopeTraversalExpr> traversals(Expression e) {
    List<ScopeTraversalExpr> out = new ArrayList<>();
    walk(e, x -> {
      if (x instanceof ScopeTraversalExpr t) {
        out.add(t);
      }
    });
    return out;
  }
}
