package dev.iaclint.core.rule.testing;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.load.InputLoader;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Indeterminate;
import dev.iaclint.core.rule.PassedCheck;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RuleExample;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a rule's example the way a user would meet it: the example's files are written to a
 * directory and scanned with every installed loader and only that rule.
 *
 * <ul>
 *   <li>A good example must load without errors, and the rule must judge at least one resource
 *       (or file) in it and find nothing: an example that loads nothing proves nothing.
 *   <li>A bad example must load without errors and carry at least one {@code expect: RULE-ID}
 *       marker, and the rule's findings must start exactly on the marked lines, one per marker.
 * </ul>
 */
public final class ExampleVerifier {

  /** Whether the example behaved, and if not, what happened instead. */
  public record Verdict(boolean passed, String explanation) {
    static Verdict ok() {
      return new Verdict(true, "");
    }

    static Verdict failed(String explanation) {
      return new Verdict(false, explanation);
    }
  }

  private final List<InputLoader> loaders;

  /** A verifier with the loaders of every supported format. */
  public ExampleVerifier() {
    this(Scanner.defaultLoaders());
  }

  public ExampleVerifier(List<InputLoader> loaders) {
    this.loaders = List.copyOf(loaders);
  }

  /**
   * Writes {@code example} under {@code workDir} (an empty directory) and checks it against
   * {@code rule}.
   */
  public Verdict verify(Rule rule, RuleExample example, Path workDir) throws IOException {
    for (RuleExample.ExampleFile f : example.files()) {
      Path target = workDir.resolve(f.path()).normalize();
      if (!target.startsWith(workDir)) {
        return Verdict.failed("example file " + f.path() + " is outside the example directory");
      }
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.content(), StandardCharsets.UTF_8);
    }
    ScanResult result = new Scanner(List.of(rule), loaders)
        .scan(ScanRequest.builder().path(workDir).build());
    String label = rule.id() + " " + example.format().id() + "/" + example.name();

    List<String> problems = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      if (d.isError() || d.message().contains("internal error in rule")) {
        problems.add(d.format());
      }
    }
    if (!problems.isEmpty()) {
      return Verdict.failed(label + " does not load cleanly:\n  " + String.join("\n  ", problems));
    }
    List<Finding> findings = result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
    if (example.kind() == RuleExample.Kind.GOOD) {
      if (!findings.isEmpty()) {
        return Verdict.failed(label + " should yield no finding, but got:\n  " + describe(findings));
      }
      long passed = result.passed().stream().map(PassedCheck::ruleId).filter(rule.id()::equals).count();
      if (passed == 0) {
        List<Indeterminate> undecided = result.indeterminate().stream()
            .filter(i -> i.ruleId().equals(rule.id())).toList();
        return Verdict.failed(label + (undecided.isEmpty()
            ? " gave the rule nothing to judge: no " + example.format().id()
                + " resource it applies to was loaded (is a loader for this format installed?)"
            : " could not be decided: " + undecided.get(0).location().toShortString() + ": "
                + undecided.get(0).reason()));
      }
      return Verdict.ok();
    }
    List<RuleExample.Expectation> expected = new ArrayList<>(example.expectations(rule.id()));
    if (expected.isEmpty()) {
      return Verdict.failed(label + " marks no line with 'expect: " + rule.id() + "'");
    }
    List<RuleExample.Expectation> actual = new ArrayList<>();
    for (Finding f : findings) {
      actual.add(new RuleExample.Expectation(f.location().file().displayPath(), f.location().startLine()));
    }
    Comparator<RuleExample.Expectation> order = Comparator.comparing(RuleExample.Expectation::path)
        .thenComparingInt(RuleExample.Expectation::line);
    expected.sort(order);
    actual.sort(order);
    if (!expected.equals(actual)) {
      return Verdict.failed(label + " should yield findings at " + lines(expected) + " but got "
          + (findings.isEmpty() ? "none" : ":\n  " + describe(findings)) + undecided(result, rule));
    }
    return Verdict.ok();
  }

  private static String undecided(ScanResult result, Rule rule) {
    StringBuilder sb = new StringBuilder();
    for (Indeterminate i : result.indeterminate()) {
      if (i.ruleId().equals(rule.id())) {
        sb.append("\n  (undecided at ").append(i.location().toShortString()).append(": ").append(i.reason()).append(')');
      }
    }
    return sb.toString();
  }

  private static String lines(List<RuleExample.Expectation> expectations) {
    List<String> shown = new ArrayList<>();
    for (RuleExample.Expectation e : expectations) {
      shown.add(e.path() + ":" + e.line());
    }
    return String.join(", ", shown);
  }

  private static String describe(List<Finding> findings) {
    List<String> shown = new ArrayList<>();
    for (Finding f : findings) {
      shown.add(f.location().toShortString() + " " + f.resource() + ": " + f.message());
    }
    return String.join("\n  ", shown);
  }
}
