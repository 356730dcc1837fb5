package dev.iaclint.core.rule;

import dev.iaclint.core.source.SourceRange;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A failed check as reports show it.
 *
 * @param resource the resource name per the contract ({@code aws_s3_bucket.logs}, {@code LogsDomain} …)
 * @param location file and exact range; the file's display path is relative to the scan root
 * @param fingerprint stable across line moves: rule, resource, attribute path and file (and, for a
 *     secret, a salted hash of its value), never the secret itself
 * @param suppression why the finding is suppressed, or {@code null} when it counts
 */
public record Finding(
    RuleMetadata rule,
    Severity severity,
    String resource,
    String resourceType,
    String message,
    SourceRange location,
    String attributePath,
    List<RelatedLocation> related,
    List<SourceRange> redactions,
    String fingerprint,
    Suppression suppression) {

  /** Report order: file, line, column, then rule id, then resource. */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.location().file().displayPath())
      .thenComparingInt(f -> f.location().startLine())
      .thenComparingInt(f -> f.location().startColumn())
      .thenComparing(f -> f.rule().id())
      .thenComparing(Finding::resource)
      .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    resourceType = resourceType == null ? "" : resourceType;
    attributePath = attributePath == null ? "" : attributePath;
    related = List.copyOf(related);
    redactions = List.copyOf(redactions);
  }

  public boolean suppressed() {
    return suppression != null;
  }

  public String ruleId() {
    return rule.id();
  }

  public Finding withSuppression(Suppression suppression) {
    return new Finding(rule, severity, resource, resourceType, message, location, attributePath,
        related, redactions, fingerprint, suppression);
  }

  public Finding withSeverity(Severity severity) {
    return new Finding(rule, severity, resource, resourceType, message, location, attributePath,
        related, redactions, fingerprint, suppression);
  }
}
