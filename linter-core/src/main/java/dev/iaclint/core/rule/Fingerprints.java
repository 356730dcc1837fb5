package dev.iaclint.core.rule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable identities for findings, so that baselines and code-scanning alerts survive edits that
 * only move lines. They never contain, and cannot be reversed into, a secret value.
 */
public final class Fingerprints {
  private static final String SECRET_SALT = "iaclint/secret-fingerprint/v1";

  private Fingerprints() {}

  /** A finding's identity: rule, resource, attribute path and file, plus a secret's own hash if any. */
  public static String finding(String ruleId, String resource, String attributePath, String file,
      String secretFingerprint) {
    return sha256(String.join("\u0000", ruleId, resource, attributePath, file,
        secretFingerprint == null ? "" : secretFingerprint)).substring(0, 32);
  }

  /** A salted hash of a secret value, tied to its rule and resource. */
  public static String secret(String ruleId, String resource, String secretValue) {
    return sha256(String.join("\u0000", SECRET_SALT, ruleId, resource, secretValue)).substring(0, 32);
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
