package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;
import java.util.Optional;

/**
 * One {@code key = value} (or {@code key: value}) of an object constructor. A bare identifier
 * key such as {@code foo} (also {@code true}, {@code null}) means the string "foo", not a variable:
 * it is a string {@link LiteralExpr} and {@code keyIsIdentifier} is set. {@code (foo)} is a
 * {@link ParenthesesExpr}.
 */
public record ObjectItem(Expression key, boolean keyIsIdentifier, Expression value,
    SourceRange range) implements Node {

  /** The key's string when it is constant text: a bare identifier or a literal-only template. */
  public Optional<String> literalKey() {
    if (key instanceof LiteralExpr l && l.value() instanceof String s) {
      return Optional.of(s);
    }
    if (key instanceof TemplateExpr t) {
      return t.literalValue();
    }
    return Optional.empty();
  }
}
