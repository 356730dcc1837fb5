package dev.iaclint.core.report;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.scan.ScanResult;
import java.util.List;

/** Small helpers the reporters share. */
final class ReportSupport {
  private ReportSupport() {}

  static List<Finding> unsuppressed(ScanResult result) {
    return result.findings().stream().filter(f -> !f.suppressed()).toList();
  }

  static long suppressedCount(ScanResult result) {
    return result.findings().stream().filter(Finding::suppressed).count();
  }

  static List<Diagnostic> nonErrors(ScanResult result) {
    return result.diagnostics().stream().filter(d -> !d.isError()).toList();
  }

  /** Line breaks become spaces: editor matchers and CI annotations read one line per problem. */
  static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** CRITICAL and HIGH fail a build in the editor's eyes; MEDIUM and LOW are warnings. */
  static boolean isError(Severity s) {
    return s == Severity.CRITICAL || s == Severity.HIGH;
  }

  static String lowerName(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }
}
