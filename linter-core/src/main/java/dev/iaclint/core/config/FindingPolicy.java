package dev.iaclint.core.config;

import dev.iaclint.core.baseline.Baseline;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.suppress.InlineSuppressor;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What happens to a scan's findings after the rules ran, in the one order every front end (the
 * CLI, the Maven plugin) applies it: severity overrides from {@code .iaclint.yml}, then the
 * include/exclude filter, then inline suppressions, then the baseline. The order matters: a filter
 * on severity sees overridden severities, and a finding suppressed inline is not taken by the
 * baseline.
 *
 * @param inlineSuppressionsAsOf the day inline suppressions' expiry dates are compared with;
 *     {@code null} ignores inline suppressions (for audits)
 * @param baseline accepted findings; {@code null} for none
 * @param baselineName how reports name the baseline (its file name); ignored without a baseline
 */
public record FindingPolicy(
    Map<String, Severity> severityOverrides,
    FindingFilter filter,
    LocalDate inlineSuppressionsAsOf,
    Baseline baseline,
    String baselineName) {

  public FindingPolicy {
    severityOverrides = Map.copyOf(severityOverrides);
    Objects.requireNonNull(filter, "filter");
    if (baseline != null) {
      Objects.requireNonNull(baselineName, "baselineName");
    }
  }

  public ScanResult apply(ScanResult result) {
    ScanResult r = SeverityOverrides.apply(result, severityOverrides);
    r = filter.apply(r);
    if (inlineSuppressionsAsOf != null) {
      r = new InlineSuppressor(inlineSuppressionsAsOf).apply(r);
    }
    if (baseline != null) {
      r = baseline.apply(r, baselineName);
    }
    return r;
  }
}
