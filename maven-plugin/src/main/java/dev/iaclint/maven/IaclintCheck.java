package dev.iaclint.maven;

import dev.iaclint.core.config.Verdict;
import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.report.GccReporter;
import dev.iaclint.core.report.Redactor;
import dev.iaclint.core.report.ReportContext;
import dev.iaclint.core.report.ReportFormat;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The work of {@code iaclint:check}, apart from Maven's parameter injection: scan in process with
 * the engine every front end uses, write the reports, put one line per problem into the build log,
 * and turn the exit-code contract into Maven's outcomes.
 *
 * <ul>
 *   <li>exit code 1 (findings at or above the threshold) is a {@link MojoFailureException};
 *   <li>exit code 2 (an input could not be read or parsed) is a {@link MojoExecutionException},
 *       unless {@code failOnParseErrors} is off.
 * </ul>
 *
 * <p>The findings pass through the same {@code FindingPolicy} as the CLI's (severity overrides,
 * filters, inline suppressions, baseline) before anything is judged or reported.
 *
 * <p>Holds no state between runs, so modules built in parallel each use their own instance.
 */
final class IaclintCheck {
  /** How many input errors the failure message quotes; the log and the reports have all of them. */
  private static final int QUOTED_ERRORS = 5;

  private final Scanner scanner;
  private final Log log;

  IaclintCheck(Scanner scanner, Log log) {
    this.scanner = scanner;
    this.log = log;
  }

  ScanResult run(CheckSettings settings) throws MojoExecutionException, MojoFailureException {
    ScanRequest.Builder request = ScanRequest.builder()
        .paths(settings.directories())
        .environment(settings.environment());
    try {
      settings.excludes().forEach(request::excludePath);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("iaclint: excludes: " + e.getMessage());
    }
    settings.ruleDirectories().forEach(request::customRuleDirectory);
    // A pom cannot interleave the two lists: every file first, then the values, which win over them.
    settings.terraformVarFiles().forEach(request::terraformVarFile);
    settings.terraformVars().forEach(request::terraformVar);
    settings.cloudFormationParameters().forEach(request::cloudFormationParameter);
    if (log.isDebugEnabled()) {
      log.debug("iaclint: scanning " + settings.directories() + " excluding " + settings.excludes());
    }
    ScanResult result = settings.policy().apply(scanner.scan(request.build()));

    ReportContext context = ReportContext.of(settings.toolVersion(), settings.workingDirectory());
    List<Path> reports = writeReports(result, context, settings);
    logProblems(result, context);

    String counts = counts(result);
    String reportList = reports.isEmpty() ? "" : "; reports: " + describe(reports, settings.workingDirectory());
    Verdict verdict = Verdict.of(result, settings.failOn(), settings.softFail());
    if (verdict == Verdict.ERROR) {
      if (settings.failOnParseErrors()) {
        throw new MojoExecutionException(inputErrorMessage(result, context, counts, reportList));
      }
      // The user opted out of failing on input errors: judge the findings alone.
      verdict = !settings.softFail() && result.countAtLeast(settings.failOn()) > 0 ? Verdict.FINDINGS
          : Verdict.CLEAN;
    }
    long failing = result.countAtLeast(settings.failOn());
    if (verdict == Verdict.FINDINGS) {
      throw new MojoFailureException("iaclint: " + failing + (failing == 1 ? " finding" : " findings")
          + " at or above " + settings.failOn() + "; in all " + counts + reportList);
    }
    log.info("iaclint: " + counts + (failing == 0 ? ", none at or above " + settings.failOn()
        : ", " + failing + " at or above " + settings.failOn() + " (softFail: the build goes on)")
        + reportList);
    return result;
  }

  private List<Path> writeReports(ScanResult result, ReportContext context, CheckSettings settings)
      throws MojoExecutionException {
    if (settings.formats().isEmpty()) {
      return List.of();
    }
    List<Path> written = new ArrayList<>();
    Path dir = settings.outputDirectory();
    try {
      Files.createDirectories(dir);
      for (ReportFormat format : settings.formats()) {
        Path file = dir.resolve(fileName(format));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          format.reporter().write(result, context, out);
        }
        written.add(file);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("iaclint: cannot write the reports to " + dir + ": " + e.getMessage(), e);
    }
    return written;
  }

  /** The name of a format's report in the output directory. */
  static String fileName(ReportFormat format) {
    return switch (format) {
      case SARIF -> "iaclint.sarif";
      case JSON -> "iaclint.json";
      case TEXT -> "iaclint.txt";
      case JUNIT -> "iaclint-junit.xml";
      case CHECKSTYLE -> "iaclint-checkstyle.xml";
      case GCC -> "iaclint-gcc.txt";
      case GITHUB -> "iaclint-github.txt";
    };
  }

  /**
   * One line per input problem and per unsuppressed finding, in the gcc shape editors match:
   * CRITICAL and HIGH as {@code [ERROR]}, MEDIUM and LOW as {@code [WARNING]}.
   */
  private void logProblems(ScanResult result, ReportContext context) {
    Redactor redactor = Redactor.of(result);
    for (Diagnostic d : result.diagnostics()) {
      String line = GccReporter.line(d, context, redactor);
      switch (d.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        case NOTICE -> log.info(line);
      }
    }
    for (Finding f : result.findings()) {
      if (f.suppressed()) {
        continue;
      }
      String line = GccReporter.line(f, context, redactor);
      if (f.severity().isAtLeast(Severity.HIGH)) {
        log.error(line);
      } else {
        log.warn(line);
      }
    }
  }

  /** {@code 3 findings (1 critical, 2 high, 0 medium, 0 low), 1 suppressed, 4 files scanned}. */
  static String counts(ScanResult result) {
    Map<Severity, Integer> bySeverity = result.countsBySeverity();
    int total = bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      parts.add(bySeverity.get(s) + " " + s.name().toLowerCase(Locale.ROOT));
    }
    StringBuilder sb = new StringBuilder();
    sb.append(total).append(total == 1 ? " finding" : " findings")
        .append(" (").append(String.join(", ", parts)).append(')');
    long suppressed = result.findings().stream().filter(Finding::suppressed).count();
    if (suppressed > 0) {
      sb.append(", ").append(suppressed).append(" suppressed");
    }
    if (!result.indeterminate().isEmpty()) {
      sb.append(", ").append(result.indeterminate().size()).append(" undecided");
    }
    if (!result.errors().isEmpty()) {
      int n = result.errors().size();
      sb.append(", ").append(n).append(n == 1 ? " input error" : " input errors");
    }
    sb.append(", ").append(result.filesScanned()).append(result.filesScanned() == 1 ? " file" : " files")
        .append(" scanned");
    return sb.toString();
  }

  private static String inputErrorMessage(ScanResult result, ReportContext context, String counts,
      String reportList) {
    List<Diagnostic> errors = result.errors();
    Redactor redactor = Redactor.of(result);
    StringBuilder sb = new StringBuilder("iaclint: ").append(errors.size())
        .append(errors.size() == 1 ? " input" : " inputs")
        .append(" could not be read or parsed (set failOnParseErrors=false to report them without failing):");
    for (Diagnostic d : errors.subList(0, Math.min(QUOTED_ERRORS, errors.size()))) {
      sb.append(System.lineSeparator()).append("  ").append(GccReporter.line(d, context, redactor));
    }
    if (errors.size() > QUOTED_ERRORS) {
      sb.append(System.lineSeparator()).append("  ... and ").append(errors.size() - QUOTED_ERRORS).append(" more");
    }
    sb.append(System.lineSeparator()).append(counts).append(reportList);
    return sb.toString();
  }

  /** Report paths as a person finds them from where Maven was started. */
  private static String describe(List<Path> files, Path workingDirectory) {
    Path wd = workingDirectory.toAbsolutePath().normalize();
    List<String> shown = new ArrayList<>();
    for (Path f : files) {
      Path abs = f.toAbsolutePath().normalize();
      shown.add((abs.startsWith(wd) ? wd.relativize(abs) : abs).toString().replace('\\', '/'));
    }
    return String.join(", ", shown);
  }
}
