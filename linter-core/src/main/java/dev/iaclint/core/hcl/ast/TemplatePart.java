package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;
import java.util.List;

/** One element of a template: literal text, an interpolation, or an if/for directive. */
public sealed interface TemplatePart extends Node {

  /**
   * Literal text, decoded. Its range is the source text it came from, including any characters
   * removed by strip markers or heredoc indentation.
   */
  record Literal(String value, SourceRange range) implements TemplatePart {
  }

  /** {@code ${expression}}. */
  record Interpolation(Expression expression, SourceRange range) implements TemplatePart {
  }

  /** {@code %{if cond}...%{else}...%{endif}}; {@code elseParts} is empty when there is no else. */
  record IfDirective(Expression condition, List<TemplatePart> thenParts, boolean hasElse,
      List<TemplatePart> elseParts, SourceRange range) implements TemplatePart {
    public IfDirective {
      thenParts = List.copyOf(thenParts);
      elseParts = List.copyOf(elseParts);
    }
  }

  /** {@code %{for k, v in coll}...%{endfor}}; {@code keyVar} is null with one variable. */
  record ForDirective(String keyVar, String valueVar, Expression collection,
      List<TemplatePart> body, SourceRange range) implements TemplatePart {
    public ForDirective {
      body = List.copyOf(body);
    }
  }
}
