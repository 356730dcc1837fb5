package dev.iaclint.rules.secrets;

import dev.iaclint.core.secrets.SecretKind;

/** The secrets rules' ids, and which rule reports each kind of secret outside the special places. */
final class SecretRules {
  private SecretRules() {}

  static final String AWS_KEYS = "IAC-SECRET-001";
  static final String GITHUB_TOKENS = "IAC-SECRET-002";
  static final String STRIPE_KEYS = "IAC-SECRET-003";
  static final String SLACK = "IAC-SECRET-004";
  static final String JWT = "IAC-SECRET-005";
  static final String PRIVATE_KEYS = "IAC-SECRET-006";
  static final String HARDCODED_PASSWORDS = "IAC-SECRET-007";
  static final String USER_DATA = "IAC-SECRET-008";
  static final String KUBERNETES_PLAINTEXT = "IAC-SECRET-009";
  static final String KNOWN_TOKEN_FORMATS = "IAC-SECRET-010";
  static final String GENERIC = "IAC-SECRET-011";

  /** The rule that reports a secret of {@code kind} found in an ordinary place. */
  static String ruleFor(SecretKind kind) {
    return switch (kind) {
      case AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY -> AWS_KEYS;
      case GITHUB_TOKEN -> GITHUB_TOKENS;
      case STRIPE_SECRET_KEY, STRIPE_RESTRICTED_KEY -> STRIPE_KEYS;
      case SLACK_WEBHOOK, SLACK_TOKEN -> SLACK;
      case JWT -> JWT;
      case PRIVATE_KEY -> PRIVATE_KEYS;
      case GOOGLE_API_KEY, GITLAB_TOKEN, NPM_TOKEN, SENDGRID_API_KEY, TWILIO_API_KEY,
          OPENAI_API_KEY, ANTHROPIC_API_KEY -> KNOWN_TOKEN_FORMATS;
      case PASSWORD -> HARDCODED_PASSWORDS;
      case URL_PASSWORD, GENERIC_SECRET -> GENERIC;
    };
  }
}
