package dev.iaclint.core.config;

import dev.iaclint.core.report.ReportFormat;

/**
 * One extra output of a scan: {@code FORMAT=FILE}, as in {@code --output sarif=out.sarif} or the
 * {@code output:} list of {@code .iaclint.yml}.
 */
public record OutputSpec(ReportFormat format, String file) {

  /** Parses {@code FORMAT=FILE}. @throws IllegalArgumentException saying what is wrong */
  public static OutputSpec parse(String text) {
    String problem = problem(text);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    int eq = text.indexOf('=');
    return new OutputSpec(ReportFormat.byId(text.substring(0, eq)), text.substring(eq + 1));
  }

  /** What is wrong with {@code text}, or {@code null}. */
  static String problem(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      return "expected FORMAT=FILE (for example sarif=iaclint.sarif), not '" + text + "'";
    }
    if (ReportFormat.byId(text.substring(0, eq)) == null) {
      return "unknown format '" + text.substring(0, eq) + "' (expected one of "
          + String.join(", ", ReportFormat.ids()) + ")";
    }
    return null;
  }
}
