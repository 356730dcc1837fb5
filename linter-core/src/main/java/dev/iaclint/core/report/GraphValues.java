package dev.iaclint.core.report;

import dev.iaclint.core.value.StringValue;
import java.util.regex.Pattern;

/** Decides which configuration strings the graph output may show. */
final class GraphValues {
  /** Attribute names whose values are credentials more often than not. */
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(pass(word|wd|phrase)?|secret|token|api_?key|access_?key|private_?key|credential|auth_?key"
          + "|client_?key|master_?key|signing_?key|bearer|session_?key|connection_?string|cert(ificate)?_?body).*");

  private GraphValues() {}

  static boolean secretName(String key) {
    return key != null && SECRET_NAME.matcher(key.replace('-', '_').replace(".", "_")).matches();
  }

  /** Whether the string held by attribute {@code key} must be masked. */
  static boolean masked(String key, StringValue value, Redactor redactor) {
    return secretName(key) || redactor.overlaps(value.range());
  }
}
