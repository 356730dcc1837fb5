package dev.iaclint.core.rule;

import dev.iaclint.core.source.SourceRange;
import java.util.List;
import java.util.Objects;

/**
 * One place where a rule failed.
 *
 * @param location the most specific place: the wrong attribute, or the header of the block or
 *     resource that lacks it
 * @param message what is wrong, for a person; must never contain a secret value
 * @param attributePath the attribute the failure is about, as a dotted path ({@code
 *     encrypt_at_rest.enabled}); part of the baseline fingerprint, so keep it stable
 * @param severity overrides the rule's severity for this failure (for example CRITICAL when two
 *     conditions combine); {@code null} keeps the rule's
 * @param resource overrides the node's address (an {@code elasticsearch.yml} finding names the
 *     setting key, a security group finding the rule resource that opens it); {@code null} keeps
 *     the node's
 * @param resourceType the type of {@code resource} ({@code aws_db_instance}, {@code
 *     AWS::RDS::DBInstance}, {@code Deployment}, {@code service} …): set with it, so that a finding
 *     never pairs one resource's name with another's type; {@code null} with {@code resource}
 * @param related where deciding values were set, and other places that explain the failure
 * @param secretFingerprint for secrets only: {@code Fingerprints.secret(...)} of the value, so that
 *     baselines can tell secrets apart without storing them; {@code null} otherwise
 * @param redactions ranges of source text that hold secrets and must be masked wherever source is shown
 */
public record Failure(
    SourceRange location,
    String message,
    String attributePath,
    Severity severity,
    String resource,
    String resourceType,
    List<RelatedLocation> related,
    String secretFingerprint,
    List<SourceRange> redactions) {

  public Failure {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    if ((resource == null) != (resourceType == null)) {
      throw new IllegalArgumentException("a resource override needs its type, and a type its resource");
    }
    attributePath = attributePath == null ? "" : attributePath;
    related = List.copyOf(related);
    redactions = List.copyOf(redactions);
  }

  public static Failure at(SourceRange location, String message, String attributePath) {
    return new Failure(location, message, attributePath, null, null, null, List.of(), null, List.of());
  }

  public Failure withSeverity(Severity severity) {
    return new Failure(location, message, attributePath, severity, resource, resourceType, related, secretFingerprint, redactions);
  }

  /** Reports the failure on {@code resource}, of type {@code resourceType}, instead of the node checked. */
  public Failure withResource(String resource, String resourceType) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(resourceType, "resourceType");
    return new Failure(location, message, attributePath, severity, resource, resourceType, related, secretFingerprint, redactions);
  }

  public Failure withRelated(List<RelatedLocation> related) {
    return new Failure(location, message, attributePath, severity, resource, resourceType, related, secretFingerprint, redactions);
  }

  public Failure withSecret(String secretFingerprint, List<SourceRange> redactions) {
    return new Failure(location, message, attributePath, severity, resource, resourceType, related, secretFingerprint, redactions);
  }
}
