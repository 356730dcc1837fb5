package dev.iaclint.core.report;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * One line per unsuppressed finding, the way compilers print problems and every editor's problem
 * matcher reads them: {@code path:line:col: error|warning: message [RULE_ID]}. CRITICAL and HIGH
 * are errors, MEDIUM and LOW warnings; paths are relative to the working directory.
 */
public final class GccReporter implements Reporter {

  @Override
  public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
    Redactor redactor = Redactor.of(result);
    StringBuilder sb = new StringBuilder();
    for (Finding f : ReportSupport.unsuppressed(result)) {
      sb.append(line(f, context, redactor)).append('\n');
    }
    out.write(sb.toString());
    out.flush();
  }

  /**
   * One finding as a gcc-style line. Public so that front ends which print findings into their own
   * log (the Maven plugin) print exactly what {@code --format gcc} prints.
   */
  public static String line(Finding f, ReportContext context, Redactor redactor) {
    String path = ReportPaths.relativeTo(f.location().file(), context.workingDirectory());
    String level = ReportSupport.isError(f.severity()) ? "error" : "warning";
    String message = redactor.scrub(ReportSupport.oneLine(ReportPaths.message(f, context.workingDirectory())));
    return TextReporter.sanitize(path + ":" + f.location().startLine() + ":" + f.location().startColumn()
        + ": " + level + ": " + message + " [" + f.ruleId() + "]");
  }

  /**
   * An input problem in the same shape, {@code path:line:col: error|warning|note: message}, so that
   * the same problem matcher reads it; a problem with no place in a file is {@code level: message}.
   */
  public static String line(Diagnostic d, ReportContext context, Redactor redactor) {
    String level = switch (d.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTICE -> "note";
    };
    String message = redactor.scrub(ReportSupport.oneLine(d.message()));
    if (d.range().file().isSynthetic()) {
      return TextReporter.sanitize(level + ": " + message);
    }
    String path = ReportPaths.relativeTo(d.range().file(), context.workingDirectory());
    return TextReporter.sanitize(path + ":" + d.range().startLine() + ":" + d.range().startColumn()
        + ": " + level + ": " + message);
  }
}
