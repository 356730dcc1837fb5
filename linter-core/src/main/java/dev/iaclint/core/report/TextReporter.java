package dev.iaclint.core.report;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Indeterminate;
import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report for people: findings grouped by file, each with its severity, rule, title, resource,
 * {@code file:line:col}, the offending source lines with a marker (secrets masked), what set the
 * deciding values, and the fix; then input errors, warnings, undecided checks and a summary.
 * Suppressed findings are counted, not shown.
 */
public final class TextReporter implements Reporter {
  /** Longer findings show their first lines only. */
  private static final int MAX_SOURCE_LINES = 4;

  @Override
  public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
    Ansi ansi = new Ansi(context.color());
    Redactor redactor = Redactor.of(result);
    Path wd = context.workingDirectory();
    StringBuilder sb = new StringBuilder();

    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (Finding f : ReportSupport.unsuppressed(result)) {
      byFile.computeIfAbsent(ReportPaths.relativeTo(f.location().file(), wd), k -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      sb.append(ansi.bold(sanitize(e.getKey()))).append('\n');
      for (Finding f : e.getValue()) {
        finding(sb, f, e.getKey(), redactor, ansi, wd);
      }
    }

    List<Diagnostic> errors = result.errors();
    if (!errors.isEmpty()) {
      sb.append(ansi.boldRed("Input errors")).append(" (the files could not be read or parsed):\n");
      for (Diagnostic d : errors) {
        sb.append("  ").append(sanitize(redactor.scrub(diagnostic(d, wd)))).append('\n');
      }
      sb.append('\n');
    }
    List<Diagnostic> others = ReportSupport.nonErrors(result);
    if (!others.isEmpty()) {
      sb.append(ansi.yellow("Warnings")).append(":\n");
      for (Diagnostic d : others) {
        sb.append("  ").append(sanitize(redactor.scrub(diagnostic(d, wd)))).append('\n');
      }
      sb.append('\n');
    }
    if (!result.indeterminate().isEmpty()) {
      sb.append(ansi.cyan("Could not decide")).append(" (an input is unknown; not counted as findings):\n");
      for (Indeterminate i : result.indeterminate()) {
        sb.append("  ").append(sanitize(position(i.location(), wd))).append(' ').append(i.ruleId())
            .append(' ').append(sanitize(redactor.scrubName(i.resource()))).append(": ")
            .append(sanitize(redactor.scrub(i.reason()))).append('\n');
      }
      sb.append('\n');
    }
    summary(sb, result, ansi);
    out.write(sb.toString());
    out.flush();
  }

  private static void finding(StringBuilder sb, Finding f, String path, Redactor redactor, Ansi ansi,
      Path wd) {
    SourceRange loc = f.location();
    sb.append("  ").append(severity(f.severity(), ansi)).append(' ').append(ansi.bold(f.ruleId()))
        .append(' ').append(sanitize(f.rule().title())).append('\n');
    sb.append("    ").append(sanitize(redactor.scrubName(f.resource()))).append(ansi.dim(" at "))
        .append(sanitize(path)).append(':').append(loc.startLine()).append(':').append(loc.startColumn())
        .append('\n');
    sb.append("    ").append(sanitize(redactor.scrub(ReportSupport.oneLine(ReportPaths.message(f, wd))))).append('\n');
    source(sb, loc, redactor, ansi);
    for (RelatedLocation r : f.related()) {
      sb.append("    ").append(ansi.dim("see ")).append(sanitize(position(r.range(), wd))).append(": ")
          .append(sanitize(redactor.scrub(ReportSupport.oneLine(ReportPaths.renamePlaces(r.message(), f.related(), wd)))))
          .append('\n');
    }
    if (!f.rule().remediation().isBlank()) {
      sb.append("    ").append(ansi.green("fix:")).append(' ')
          .append(sanitize(ReportSupport.oneLine(f.rule().remediation()))).append('\n');
    }
    sb.append('\n');
  }

  /** The finding's lines with a gutter and a caret marker under the range; secrets masked. */
  private static void source(StringBuilder sb, SourceRange loc, Redactor redactor, Ansi ansi) {
    SourceFile file = loc.file();
    if (file.isSynthetic() || loc.startLine() < 1 || loc.startLine() > file.lineCount()) {
      return;
    }
    int last = Math.min(Math.min(loc.endLine(), file.lineCount()), loc.startLine() + MAX_SOURCE_LINES - 1);
    int width = Integer.toString(Math.max(last, loc.startLine())).length();
    for (int line = loc.startLine(); line <= last; line++) {
      String text = sanitize(redactor.maskedLine(file, line));
      sb.append("    ").append(ansi.dim(padLeft(Integer.toString(line), width) + " | ")).append(text).append('\n');
      if (line == loc.startLine()) {
        int length = text.codePointCount(0, text.length());
        int from = Math.min(loc.startColumn() - 1, length);
        int to = loc.endLine() == loc.startLine() ? Math.min(loc.endColumn() - 1, length) : length;
        int carets = Math.max(1, to - from);
        sb.append("    ").append(ansi.dim(" ".repeat(width) + " | ")).append(" ".repeat(Math.max(0, from)))
            .append(ansi.red("^".repeat(carets))).append('\n');
      }
    }
    if (last < loc.endLine() && last < file.lineCount()) {
      sb.append("    ").append(ansi.dim(" ".repeat(width) + " | ...")).append('\n');
    }
  }

  private static void summary(StringBuilder sb, ScanResult result, Ansi ansi) {
    Map<Severity, Integer> counts = result.countsBySeverity();
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      sb.append(ansi.green("No findings."));
    } else {
      sb.append(ansi.bold(total + (total == 1 ? " finding" : " findings"))).append(": ");
      List<String> parts = new ArrayList<>();
      for (Severity s : Severity.values()) {
        parts.add(counts.get(s) + " " + ReportSupport.lowerName(s));
      }
      sb.append(String.join(", ", parts)).append('.');
    }
    List<String> extra = new ArrayList<>();
    long suppressed = ReportSupport.suppressedCount(result);
    if (suppressed > 0) {
      extra.add(suppressed + " suppressed");
    }
    if (!result.indeterminate().isEmpty()) {
      extra.add(result.indeterminate().size() + " undecided");
    }
    extra.add(result.passed().size() + (result.passed().size() == 1 ? " check passed" : " checks passed"));
    if (!result.errors().isEmpty()) {
      extra.add(result.errors().size() + (result.errors().size() == 1 ? " input error" : " input errors"));
    }
    sb.append(' ').append(String.join(", ", extra)).append('.');
    sb.append(' ').append(result.filesScanned()).append(result.filesScanned() == 1 ? " file" : " files")
        .append(" scanned");
    if (result.filesSkipped() > 0) {
      sb.append(", ").append(result.filesSkipped()).append(" skipped (not a supported format)");
    }
    sb.append(".\n");
  }

  private static String severity(Severity s, Ansi ansi) {
    String label = pad(s.name(), 8);
    return switch (s) {
      case CRITICAL -> ansi.magenta(label);
      case HIGH -> ansi.boldRed(label);
      case MEDIUM -> ansi.yellow(label);
      case LOW -> ansi.cyan(label);
    };
  }

  static String diagnostic(Diagnostic d, Path wd) {
    String level = ReportSupport.lowerName(d.severity());
    if (d.range().file().isSynthetic()) {
      return level + ": " + d.message();
    }
    return position(d.range(), wd) + ": " + level + ": " + d.message();
  }

  private static String position(SourceRange r, Path wd) {
    return ReportPaths.relativeTo(r.file(), wd) + ":" + r.startLine() + ":" + r.startColumn();
  }

  private static String padLeft(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /**
   * Tabs become one space (so the marker lines up) and other control characters a replacement
   * character: source text must not be able to move the cursor or recolour the terminal.
   */
  static String sanitize(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c == '\t' ? ' ' : (c < 0x20 || (c >= 0x7f && c < 0xa0)) ? '\uFFFD' : c;
      if (r != c && sb == null) {
        sb = new StringBuilder(s).delete(i, s.length());
      }
      if (sb != null) {
        sb.append(r);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
