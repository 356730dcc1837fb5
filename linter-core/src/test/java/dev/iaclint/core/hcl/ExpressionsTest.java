package dev.iaclint.core.hcl;

import static dev.iaclint.core.hcl.Hcl.expr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.Expressions;
import dev.iaclint.core.hcl.ast.ScopeTraversalExpr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

  @Test
  void traversalsFindsReferencesEverywhereInSourceOrder() {
    Expression e = expr("merge(var.a, { (local.k) = \"${aws_s3_bucket.b.id}-%{ if var.c }x%{ endif }\" },"
        + " [for s in data.x.y : s.id if s.ok], module.m[var.i].out[*].name, -count.index)");
    assertThat(Expressions.traversals(e)).extracting(ScopeTraversalExpr::toPath).containsExactly(
        "var.a", "local.k", "aws_s3_bucket.b.id", "var.c", "data.x.y", "s.id", "s.ok", "module.m",
        "var.i", "count.index");
  }

  @Test
  void walkVisitsParentsBeforeChildren() {
    List<String> kinds = new ArrayList<>();
    Expressions.walk(expr("a ? b[0] : (c)"), x -> kinds.add(x.getClass().getSimpleName()));
    assertThat(kinds).containsExactly("ConditionalExpr", "ScopeTraversalExpr", "ScopeTraversalExpr",
        "ParenthesesExpr", "ScopeTraversalExpr");
  }

  @Test
  void leavesHaveNoChildren() {
    assertThat(Expressions.children(expr("1"))).isEmpty();
    assertThat(Expressions.children(expr("var.x[\"k\"]"))).isEmpty();
  }
}
