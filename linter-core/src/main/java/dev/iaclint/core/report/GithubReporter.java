package dev.iaclint.core.report;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.source.SourceRange;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
 * {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE_ID::message}. CRITICAL and
 * HIGH are errors, MEDIUM warnings, LOW notices; input errors are errors too.
 */
public final class GithubReporter implements Reporter {

  @Override
  public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
    Redactor redactor = Redactor.of(result);
    StringBuilder sb = new StringBuilder();
    for (Finding f : ReportSupport.unsuppressed(result)) {
      String level = switch (f.severity()) {
        case CRITICAL, HIGH -> "error";
        case MEDIUM -> "warning";
        case LOW -> "notice";
      };
      String message = redactor.scrubName(f.resource()) + ": " + redactor.scrub(ReportPaths.message(f, context.workingDirectory()));
      if (!f.rule().remediation().isBlank()) {
        // Rule texts are wrapped for reading in their files; an annotation wraps by itself.
        message += "\nFix: " + ReportSupport.oneLine(f.rule().remediation());
      }
      sb.append(command(level, f.location(), f.ruleId(), message, context)).append('\n');
    }
    for (Diagnostic d : result.diagnostics()) {
      String level = switch (d.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case NOTICE -> "notice";
      };
      sb.append(command(level, d.range().file().isSynthetic() ? null : d.range(), "iaclint",
          redactor.scrub(d.message()), context)).append('\n');
    }
    out.write(sb.toString());
    out.flush();
  }

  private static String command(String level, SourceRange r, String title, String message,
      ReportContext context) {
    StringBuilder sb = new StringBuilder("::").append(level).append(' ');
    if (r != null) {
      sb.append("file=").append(property(ReportPaths.relativeTo(r.file(), context.workingDirectory())))
          .append(",line=").append(r.startLine())
          .append(",col=").append(r.startColumn())
          .append(",endLine=").append(r.endLine())
          .append(",endColumn=").append(r.endColumn())
          .append(',');
    }
    sb.append("title=").append(property(title)).append("::").append(data(message));
    return sb.toString();
  }

  /** The message part: {@code %}, CR and LF are escaped (in that order, so escapes stay escapes). */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: additionally {@code :} and {@code ,}, which would end the property. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
