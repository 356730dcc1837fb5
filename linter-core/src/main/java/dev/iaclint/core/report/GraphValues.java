package dev.iaclint.core.report;

import dev.iaclint.core.secrets.SecretDetector;
import dev.iaclint.core.secrets.SecretMasker;
import dev.iaclint.core.secrets.SecretNames;
import dev.iaclint.core.value.StringValue;

/**
 * Decides which configuration strings the graph output may show. The graph prints evaluated
 * values, which no rule has vetted, so it masks more than the findings do: every string under a
 * secret-like name (whatever it holds, "changeme" included), every string a finding marks as a
 * secret, and every string in which the detectors see one.
 */
final class GraphValues {
  private GraphValues() {}

  /** Whether the string held by attribute {@code key} must be masked. */
  static boolean masked(String key, StringValue value, Redactor redactor) {
    return key != null && SecretNames.isSecretName(key) || redactor.overlaps(value.range())
        || !SecretDetector.scan(value.value(), key).isEmpty();
  }

  /** The string held by {@code key} as the graph may show it: masked, or scrubbed of known secrets. */
  static String shown(String key, StringValue value, Redactor redactor) {
    return masked(key, value, redactor) ? SecretMasker.mask(value.value()) : redactor.scrub(value.value());
  }
}
