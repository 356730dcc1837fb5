package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;
import java.util.List;

/**
 * {@code name(args)} or a namespaced {@code provider::aws::arn_parse(args)}, where
 * {@code namespace} is {@code "provider::aws"} (null when there is none). {@code expandFinal}
 * is set when the last argument ends in {@code ...}.
 */
public record FunctionCallExpr(String namespace, String name, SourceRange nameRange,
    List<Expression> args, boolean expandFinal, SourceRange range) implements Expression {

  public FunctionCallExpr {
    args = List.copyOf(args);
  }

  /** The name as written, with namespace: {@code provider::aws::arn_parse}. */
  public String qualifiedName() {
    return namespace == null ? name : namespace + "::" + name;
  }
}
