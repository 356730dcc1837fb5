package dev.iaclint.core.rule;

import dev.iaclint.core.graph.SourceFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a rule is, independent of how it is implemented (declarative YAML or Java).
 *
 * @param id stable id, {@code IAC-<PROVIDER>-<SERVICE>-<NNN>} (for example {@code IAC-AWS-ES-002})
 * @param equivalents the ids other scanners use for the same check, keyed by scanner ({@code checkov},
 *     {@code trivy}, {@code kics}, {@code tfsec}); used for reports and to honour their suppressions
 */
public record RuleMetadata(
    String id,
    String title,
    Severity severity,
    Category category,
    String description,
    String remediation,
    List<String> links,
    List<SourceFormat> formats,
    Map<String, List<String>> equivalents) {

  public RuleMetadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(category, "category");
    description = description == null ? "" : description;
    remediation = remediation == null ? "" : remediation;
    links = List.copyOf(links);
    formats = List.copyOf(formats);
    // Sorted by scanner so that output is deterministic.
    TreeMap<String, List<String>> eq = new TreeMap<>();
    equivalents.forEach((k, v) -> eq.put(k, List.copyOf(v)));
    equivalents = java.util.Collections.unmodifiableMap(eq);
  }
}
