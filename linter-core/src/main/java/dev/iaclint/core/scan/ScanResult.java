package dev.iaclint.core.scan;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.load.Document;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Indeterminate;
import dev.iaclint.core.rule.PassedCheck;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a scan found. Every list is in report order (file, line, column, rule), so the same input
 * always gives the same result.
 *
 * @param findings every failed check, suppressed ones included (marked)
 * @param filesScanned files read and recognised
 * @param filesSkipped YAML/JSON files that are none of the supported formats, and binary Terraform
 *     plans
 * @param rules the rules that ran
 */
public record ScanResult(
    List<Finding> findings,
    List<Indeterminate> indeterminate,
    List<PassedCheck> passed,
    List<Diagnostic> diagnostics,
    ResourceGraph graph,
    List<Document> documents,
    List<Rule> rules,
    int filesScanned,
    int filesSkipped) {

  public ScanResult {
    findings = List.copyOf(findings);
    indeterminate = List.copyOf(indeterminate);
    passed = List.copyOf(passed);
    diagnostics = List.copyOf(diagnostics);
    documents = List.copyOf(documents);
    rules = List.copyOf(rules);
  }

  /** True when an input could not be read or parsed (exit code 2). */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /** Unsuppressed findings at {@code threshold} or worse. */
  public long countAtLeast(Severity threshold) {
    return findings.stream()
        .filter(f -> !f.suppressed() && f.severity().isAtLeast(threshold))
        .count();
  }

  /** Unsuppressed findings per severity, every severity present (zero when none). */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (Finding f : findings) {
      if (!f.suppressed()) {
        counts.merge(f.severity(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
