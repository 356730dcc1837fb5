package dev.iaclint.core.report;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Indeterminate;
import dev.iaclint.core.rule.PassedCheck;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.source.SourceRange;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML as Jenkins, GitLab, Azure Pipelines and CircleCI display it: one test suite per rule,
 * one test case per check of a resource. A failed check is a {@code failure} carrying the message
 * and location; a passed check is a passing test case (so the count means something); a suppressed
 * finding or an undecided check is {@code skipped} with the reason. Files that could not be read or
 * parsed are {@code error}s in a suite of their own.
 */
public final class JunitReporter implements Reporter {
  private static final String INPUT_SUITE = "iaclint input files";

  private enum Outcome { FAILED, SKIPPED, PASSED }

  private record Case(String name, SourceRange location, Outcome outcome, String message,
      String type, String body) {}

  private static final Comparator<Case> CASE_ORDER = Comparator
      .comparing(Case::location, SourceRange.ORDER)
      .thenComparing(Case::name)
      .thenComparing(Case::outcome);

  @Override
  public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
    Redactor redactor = Redactor.of(result);
    Map<String, String> titles = new TreeMap<>();
    for (Rule r : result.rules()) {
      titles.put(r.id(), r.metadata().title());
    }
    Map<String, List<Case>> byRule = new TreeMap<>();
    for (Finding f : result.findings()) {
      titles.putIfAbsent(f.ruleId(), f.rule().title());
      String name = redactor.scrubName(f.resource()) + (f.attributePath().isEmpty() ? "" : " [" + f.attributePath() + "]");
      String where = position(f.location(), context);
      String message = redactor.scrub(ReportSupport.oneLine(ReportPaths.message(f, context.workingDirectory())));
      Case c;
      if (f.suppressed()) {
        String reason = f.suppression().reason().isBlank() ? "" : ": " + f.suppression().reason();
        c = new Case(name, f.location(), Outcome.SKIPPED,
            redactor.scrub("suppressed (" + f.suppression().kind() + ")" + reason), null, null);
      } else {
        String body = f.severity() + " " + f.ruleId() + " " + f.rule().title() + "\n"
            + "resource: " + redactor.scrubName(f.resource()) + "\n"
            + "at " + where + "\n"
            + message + "\n"
            + (f.rule().remediation().isBlank() ? "" : "fix: " + f.rule().remediation() + "\n");
        c = new Case(name, f.location(), Outcome.FAILED, message + " (" + where + ")",
            f.severity().name(), body);
      }
      byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(c);
    }
    for (Indeterminate i : result.indeterminate()) {
      byRule.computeIfAbsent(i.ruleId(), k -> new ArrayList<>()).add(new Case(
          redactor.scrubName(i.resource()), i.location(), Outcome.SKIPPED,
          redactor.scrub("could not decide: " + i.reason()), null, null));
    }
    for (PassedCheck p : result.passed()) {
      byRule.computeIfAbsent(p.ruleId(), k -> new ArrayList<>()).add(new Case(
          redactor.scrubName(p.resource()), p.location(), Outcome.PASSED, null, null, null));
    }

    List<Diagnostic> errors = result.errors();
    int tests = errors.size();
    int failures = 0;
    int skipped = 0;
    for (List<Case> cases : byRule.values()) {
      cases.sort(CASE_ORDER);
      tests += cases.size();
      failures += (int) cases.stream().filter(c -> c.outcome() == Outcome.FAILED).count();
      skipped += (int) cases.stream().filter(c -> c.outcome() == Outcome.SKIPPED).count();
    }

    try (XmlOutput xml = new XmlOutput(out)) {
      xml.start("testsuites").attribute("name", "iaclint").attribute("tests", tests)
          .attribute("failures", failures).attribute("errors", errors.size())
          .attribute("skipped", skipped).attribute("time", "0");
      if (!errors.isEmpty()) {
        xml.start("testsuite").attribute("name", INPUT_SUITE).attribute("tests", errors.size())
            .attribute("failures", 0).attribute("errors", errors.size()).attribute("skipped", 0)
            .attribute("time", "0");
        for (Diagnostic d : errors) {
          String file = d.range().file().isSynthetic() ? ReportPaths.displayPath(d.range().file())
              : ReportPaths.relativeTo(d.range().file(), context.workingDirectory());
          String message = redactor.scrub(d.message());
          xml.start("testcase").attribute("classname", "iaclint.input").attribute("name", file)
              .attribute("file", file).attribute("time", "0");
          xml.start("error").attribute("message", message).attribute("type", "input")
              .text(file + ":" + d.range().startLine() + ":" + d.range().startColumn() + ": " + message)
              .end();
          xml.end();
        }
        xml.end();
      }
      for (Map.Entry<String, List<Case>> e : byRule.entrySet()) {
        List<Case> cases = e.getValue();
        String ruleId = e.getKey();
        xml.start("testsuite").attribute("name", (ruleId + " " + titles.getOrDefault(ruleId, "")).strip())
            .attribute("tests", cases.size())
            .attribute("failures", cases.stream().filter(c -> c.outcome() == Outcome.FAILED).count())
            .attribute("errors", 0)
            .attribute("skipped", cases.stream().filter(c -> c.outcome() == Outcome.SKIPPED).count())
            .attribute("time", "0");
        for (Case c : cases) {
          xml.start("testcase").attribute("classname", ruleId).attribute("name", c.name())
              .attribute("file", ReportPaths.relativeTo(c.location().file(), context.workingDirectory()))
              .attribute("line", c.location().startLine()).attribute("time", "0");
          switch (c.outcome()) {
            case FAILED -> xml.start("failure").attribute("message", c.message())
                .attribute("type", c.type()).text(c.body()).end();
            case SKIPPED -> xml.empty("skipped").attribute("message", c.message());
            case PASSED -> { }
          }
          xml.end();
        }
        xml.end();
      }
      xml.end();
    }
  }

  private static String position(SourceRange r, ReportContext context) {
    return ReportPaths.relativeTo(r.file(), context.workingDirectory()) + ":" + r.startLine() + ":"
        + r.startColumn();
  }
}
