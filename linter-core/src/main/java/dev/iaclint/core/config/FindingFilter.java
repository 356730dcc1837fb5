package dev.iaclint.core.config;

import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Indeterminate;
import dev.iaclint.core.rule.PassedCheck;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RuleMetadata;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.scan.ScanResult;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --include} and {@code --exclude}: a check is kept when it matches an include (or there is
 * none) and matches no exclude. Findings are judged by their own severity; passed and undecided
 * checks by their rule's.
 */
public record FindingFilter(List<Selector> include, List<Selector> exclude) {
  public static final FindingFilter ALL = new FindingFilter(List.of(), List.of());

  public FindingFilter {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /**
   * Parses the option values.
   *
   * @throws IllegalArgumentException naming the first value that is not a rule id, category or severity
   */
  public static FindingFilter parse(List<String> include, List<String> exclude,
      Collection<String> knownRuleIds) {
    return new FindingFilter(
        include.stream().map(s -> Selector.parse(s, knownRuleIds)).toList(),
        exclude.stream().map(s -> Selector.parse(s, knownRuleIds)).toList());
  }

  public boolean isEmpty() {
    return include.isEmpty() && exclude.isEmpty();
  }

  public boolean keeps(String ruleId, Category category, Severity severity) {
    if (!include.isEmpty() && include.stream().noneMatch(s -> s.matches(ruleId, category, severity))) {
      return false;
    }
    return exclude.stream().noneMatch(s -> s.matches(ruleId, category, severity));
  }

  /** {@code result} with only the kept findings, passed and undecided checks. */
  public ScanResult apply(ScanResult result) {
    if (isEmpty()) {
      return result;
    }
    Map<String, RuleMetadata> rules = new HashMap<>();
    for (Rule r : result.rules()) {
      rules.put(r.id(), r.metadata());
    }
    List<Finding> findings = result.findings().stream()
        .filter(f -> keeps(f.ruleId(), f.rule().category(), f.severity())).toList();
    List<Indeterminate> indeterminate = result.indeterminate().stream()
        .filter(i -> keepsRule(rules.get(i.ruleId()), i.ruleId())).toList();
    List<PassedCheck> passed = result.passed().stream()
        .filter(p -> keepsRule(rules.get(p.ruleId()), p.ruleId())).toList();
    List<Rule> kept = result.rules().stream()
        .filter(r -> keepsRule(r.metadata(), r.id())).toList();
    return new ScanResult(findings, indeterminate, passed, result.diagnostics(), result.graph(),
        result.documents(), kept, result.filesScanned(), result.filesSkipped());
  }

  private boolean keepsRule(RuleMetadata m, String ruleId) {
    return m == null || keeps(ruleId, m.category(), m.severity());
  }
}
