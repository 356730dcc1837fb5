package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * A quoted string, a heredoc or a standalone template. Literal parts are already decoded
 * (escapes, {@code $${}}, strip markers and {@code <<-} indentation applied) and in Unicode
 * NFC form, as HCL compares strings.
 */
public record TemplateExpr(List<TemplatePart> parts, boolean heredoc, SourceRange range)
    implements Expression {

  public TemplateExpr {
    parts = List.copyOf(parts);
  }

  /** The string value when the template is only literal text ({@code ""} when empty). */
  public Optional<String> literalValue() {
    if (parts.isEmpty()) {
      return Optional.of("");
    }
    StringBuilder sb = new StringBuilder();
    for (TemplatePart p : parts) {
      if (!(p instanceof TemplatePart.Literal lit)) {
        return Optional.empty();
      }
      sb.append(lit.value());
    }
    return Optional.of(sb.toString());
  }

  /**
   * The interpolated expression when the template is exactly one interpolation, as in
   * {@code "${var.x}"}: HCL then yields the expression's value unconverted (spec: "interpolation
   * unwrapping").
   */
  public Optional<Expression> unwrapped() {
    if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Interpolation i) {
      return Optional.of(i.expression());
    }
    return Optional.empty();
  }
}
