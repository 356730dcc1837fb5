package dev.iaclint.cli;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.report.ReportPaths;
import java.util.Locale;

/** How diagnostics look on stderr: {@code path:line:col: error: message}, paths relative to the working directory. */
final class Diagnostics {
  private Diagnostics() {}

  static String format(Diagnostic d, CliEnvironment env) {
    String level = d.severity().name().toLowerCase(Locale.ROOT);
    if (d.range().file().isSynthetic()) {
      return "iaclint: " + level + ": " + d.message();
    }
    return ReportPaths.relativeTo(d.range().file(), env.workingDirectory()) + ":" + d.range().startLine()
        + ":" + d.range().startColumn() + ": " + level + ": " + d.message();
  }
}
