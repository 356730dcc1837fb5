package dev.iaclint.core.hcl;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.HclFile;
import java.util.List;

/**
 * What parsing produced: always a file (partial when there were errors) and the diagnostics,
 * errors first in source order. For {@link HclParser#parseTemplate} and
 * {@link HclParser#parseExpression} {@code expression} is the parsed template or expression and
 * the file's body is empty; for whole configuration files it is null.
 */
public record HclParseResult(HclFile file, Expression expression, List<Diagnostic> diagnostics) {

  public HclParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        return true;
      }
    }
    return false;
  }
}
