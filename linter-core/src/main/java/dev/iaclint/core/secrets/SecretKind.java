package dev.iaclint.core.secrets;

import java.util.List;

/**
 * What a detected secret is. The label names it in finding messages; the prefixes are the fixed,
 * public parts of a format that {@link SecretMasker} may show (never any part that varies).
 */
public enum SecretKind {
  AWS_ACCESS_KEY_ID("AWS access key ID", "AKIA", "ASIA", "A3T"),
  AWS_SECRET_ACCESS_KEY("AWS secret access key"),
  GITHUB_TOKEN("GitHub token", "github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
  STRIPE_SECRET_KEY("Stripe secret key", "sk_live_", "sk_test_"),
  STRIPE_RESTRICTED_KEY("Stripe restricted key", "rk_live_", "rk_test_"),
  SLACK_WEBHOOK("Slack webhook URL"),
  SLACK_TOKEN("Slack token", "xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "xoxe-"),
  JWT("JSON Web Token", "eyJ"),
  PRIVATE_KEY("private key"),
  GOOGLE_API_KEY("Google API key", "AIza"),
  GITLAB_TOKEN("GitLab token", "glpat-", "gldt-", "glrt-"),
  NPM_TOKEN("npm access token", "npm_"),
  SENDGRID_API_KEY("SendGrid API key", "SG."),
  TWILIO_API_KEY("Twilio API key", "SK"),
  OPENAI_API_KEY("OpenAI API key", "sk-proj-", "sk-svcacct-", "sk-admin-", "sk-"),
  ANTHROPIC_API_KEY("Anthropic API key", "sk-ant-"),
  /** A password inside a URL ({@code scheme://user:password@host}). */
  URL_PASSWORD("password in a URL"),
  /** A literal in an attribute that holds a password (whatever its entropy). */
  PASSWORD("password"),
  /** A high-entropy string assigned to a secret-like name. */
  GENERIC_SECRET("secret");

  private final String label;
  private final List<String> fixedPrefixes;

  SecretKind(String label, String... fixedPrefixes) {
    this.label = label;
    this.fixedPrefixes = List.of(fixedPrefixes);
  }

  /** "AWS access key ID", "GitHub token" … for messages. */
  public String label() {
    return label;
  }

  /** The public, constant prefixes of this format, longest first where they overlap. */
  public List<String> fixedPrefixes() {
    return fixedPrefixes;
  }
}
