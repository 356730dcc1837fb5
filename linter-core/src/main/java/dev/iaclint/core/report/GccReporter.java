package dev.iaclint.core.report;

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

  static String line(Finding f, ReportContext context, Redactor redactor) {
    String path = ReportPaths.relativeTo(f.location().file(), context.workingDirectory());
    String level = ReportSupport.isError(f.severity()) ? "error" : "warning";
    String message = redactor.scrub(ReportSupport.oneLine(f.message()));
    return TextReporter.sanitize(path + ":" + f.location().startLine() + ":" + f.location().startColumn()
        + ": " + level + ": " + message + " [" + f.ruleId() + "]");
  }
}
