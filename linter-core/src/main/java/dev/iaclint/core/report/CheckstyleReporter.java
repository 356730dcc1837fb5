package dev.iaclint.core.report;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checkstyle XML, which Jenkins' warnings plugin, reviewdog, SonarQube and many editors import.
 * Unsuppressed findings and input errors, grouped by file (sorted); CRITICAL and HIGH are
 * {@code error}, MEDIUM {@code warning}, LOW {@code info}.
 */
public final class CheckstyleReporter implements Reporter {

  private record Entry(int line, int column, String severity, String message, String source) {}

  @Override
  public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
    Redactor redactor = Redactor.of(result);
    Map<String, List<Entry>> byFile = new TreeMap<>();
    for (Diagnostic d : result.errors()) {
      String file = d.range().file().isSynthetic() ? ReportPaths.displayPath(d.range().file())
          : ReportPaths.relativeTo(d.range().file(), context.workingDirectory());
      byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(new Entry(d.range().startLine(),
          d.range().startColumn(), "error", redactor.scrub(d.message()), "iaclint.input"));
    }
    for (Finding f : ReportSupport.unsuppressed(result)) {
      String severity = switch (f.severity()) {
        case CRITICAL, HIGH -> "error";
        case MEDIUM -> "warning";
        case LOW -> "info";
      };
      byFile.computeIfAbsent(ReportPaths.relativeTo(f.location().file(), context.workingDirectory()),
          k -> new ArrayList<>()).add(new Entry(f.location().startLine(), f.location().startColumn(),
          severity, redactor.scrub(ReportSupport.oneLine(ReportPaths.message(f, context.workingDirectory()))) + " (" + redactor.scrubName(f.resource()) + ")",
          "iaclint." + f.ruleId()));
    }
    try (XmlOutput xml = new XmlOutput(out)) {
      xml.start("checkstyle").attribute("version", "8.0");
      for (Map.Entry<String, List<Entry>> e : byFile.entrySet()) {
        xml.start("file").attribute("name", e.getKey());
        for (Entry en : e.getValue()) {
          xml.empty("error").attribute("line", en.line()).attribute("column", en.column())
              .attribute("severity", en.severity()).attribute("message", en.message())
              .attribute("source", en.source());
        }
        xml.end();
      }
      xml.end();
    }
  }
}
