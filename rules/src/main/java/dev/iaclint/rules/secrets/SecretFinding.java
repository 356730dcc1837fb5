package dev.iaclint.rules.secrets;

import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.Fingerprints;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceRange;
import java.util.List;
import java.util.Objects;

/**
 * One secret, assigned to exactly one rule.
 *
 * @param location the secret itself, as precisely as the source allows
 * @param redactions the source text that holds the secret (reporters mask it)
 * @param resource the enclosing resource per the resource-name contract, or the setting key / file
 * @param resourceType the type of {@code resource} (see {@link SecretReporter.Place})
 * @param message for people; quotes the secret only through {@code SecretMasker}
 * @param value the secret, used only for the salted fingerprint; never printed
 * @param severity overrides the rule's severity, or {@code null}
 */
record SecretFinding(String ruleId, SourceRange location, List<SourceRange> redactions,
    String resource, String resourceType, String attributePath, String message, String value, Severity severity) {

  SecretFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(value, "value");
    redactions = List.copyOf(redactions);
    attributePath = attributePath == null ? "" : attributePath;
  }

  Failure toFailure() {
    Failure f = Failure.at(location, message, attributePath).withResource(resource, resourceType)
        .withSecret(Fingerprints.secret(ruleId, resource, value), redactions);
    return severity == null ? f : f.withSeverity(severity);
  }

  @Override
  public String toString() {
    // The value stays out of logs and assertion messages.
    return "SecretFinding(" + ruleId + " " + resource + " " + attributePath + " at " + location
        + ": " + message + ")";
  }
}
