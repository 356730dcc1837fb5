package dev.iaclint.core.config;

import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.RuleMetadata;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.scan.ScanResult;
import java.util.List;
import java.util.Map;

/** Per-rule severities from {@code .iaclint.yml}: they replace whatever severity a finding had. */
public final class SeverityOverrides {
  private SeverityOverrides() {}

  public static ScanResult apply(ScanResult result, Map<String, Severity> overrides) {
    if (overrides.isEmpty()) {
      return result;
    }
    List<Finding> findings = result.findings().stream().map(f -> {
      Severity s = overrides.get(f.ruleId());
      if (s == null) {
        return f;
      }
      RuleMetadata m = f.rule();
      RuleMetadata changed = new RuleMetadata(m.id(), m.title(), s, m.category(), m.description(),
          m.remediation(), m.links(), m.formats(), m.equivalents());
      return new Finding(changed, s, f.resource(), f.resourceType(), f.message(), f.location(),
          f.attributePath(), f.related(), f.redactions(), f.fingerprint(), f.suppression());
    }).toList();
    return new ScanResult(findings, result.indeterminate(), result.passed(), result.diagnostics(),
        result.graph(), result.documents(), result.rules(), result.filesScanned(), result.filesSkipped());
  }
}
