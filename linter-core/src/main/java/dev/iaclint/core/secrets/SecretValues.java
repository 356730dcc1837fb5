package dev.iaclint.core.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judgements about a candidate value: is it a placeholder, a reference to a secret kept elsewhere,
 * something that merely looks random (a UUID, a digest, a resource ID), or random enough to be a
 * secret?
 */
public final class SecretValues {
  private SecretValues() {}

  /**
   * Minimum Shannon entropy (bits per character) of a value assigned to a secret-like name before
   * the generic rule reports it. Calibrated on the shared corpus: every real or planted credential
   * there scores at least 3.2, while the placeholders, word-like defaults and identifiers that
   * survive the other checks score below 3.0.
   */
  public static final double GENERIC_ENTROPY_THRESHOLD = 3.0;

  /** Values shorter than this are never reported by the generic rule (its job is random strings). */
  public static final int GENERIC_MIN_LENGTH = 8;

  /** Whole values (case-insensitive) that stand for "fill this in" or that nobody deploys as a secret. */
  private static final Set<String> PLACEHOLDER_VALUES = Set.of(
      "password", "passw0rd", "p@ssw0rd", "p@ssword", "secret", "secrets", "pass", "pwd", "test",
      "testing", "tests", "none", "null", "nil", "undefined", "empty", "default",
      "foo", "bar", "baz", "foobar", "qwerty", "letmein", "abc123", "changeit", "sample", "demo",
      "example", "token", "apikey", "api_key", "api-key", "key", "string", "value", "true",
      "false", "yes", "no", "on", "off", "unset", "tbd", "todo", "n/a", "na", "-", "mypassword",
      "my-password", "my_password", "yourpassword", "your-password", "your_password", "mysecret",
      "my-secret", "my_secret", "yoursecret", "your-secret", "your_secret", "secretpassword",
      "supersecret", "super-secret", "super_secret", "required", "optional", "generated",
      "random", "auto", "unknown", "dummy", "fake", "mock", "stub", "redacted", "hidden", "masked",
      "sensitive", "xxx");

  /** Fragments that mark a value as a placeholder wherever they occur in it. */
  private static final List<String> PLACEHOLDER_FRAGMENTS = List.of(
      "changeme", "change_me", "change-me", "changethis", "change_this", "change-this",
      "replaceme", "replace_me", "replace-me", "replace_with", "replace-with", "placeholder",
      "dummy", "redacted", "your_", "your-", "insert_", "insert-", "enter_your", "enter-your",
      "fixme", "todo", "xxxx", "****", "....", "not_a_real", "not-a-real", "notarealsecret",
      "not_a_secret", "not-a-secret", "notasecret", "fake_", "fake-", "_here", "-here",
      "sample_", "sample-", "example", "<", ">");

  private static final Pattern REFERENCE = Pattern.compile(
      "\\$\\{|\\{\\{|\\$\\(|#\\{|%\\{|\\$[A-Za-z_][A-Za-z0-9_]*$|^\\$[A-Za-z_]|^%[A-Za-z_]+%$"
          + "|^@@.*@@$|^__[A-Z0-9_]+__$");
  private static final Pattern TERRAFORM_TRAVERSAL = Pattern.compile(
      "^(var|local|data|module|each|count|self|path|terraform|random_password|random_string"
          + "|aws_secretsmanager_secret_version|aws_ssm_parameter)\\.[A-Za-z0-9_.\\[\\]\"*-]+$");
  private static final Pattern UUID = Pattern.compile(
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  /** AWS resource IDs: sg-…, ami-…, vpc-…, subnet-…, i-…, vol-…, snap-…, rtb-…, eipalloc-… */
  private static final Pattern RESOURCE_ID = Pattern.compile(
      "^[a-z]{1,12}(-[a-z]{1,12})?-[0-9a-f]{8}([0-9a-f]{9})?$");
  private static final Pattern SSH_PUBLIC_KEY = Pattern.compile(
      "^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp\\d+|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com)"
          + "\\s+AAAA");
  private static final Pattern PEM_NON_SECRET = Pattern.compile(
      "^-----BEGIN (CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|X509 CRL|CERTIFICATE REQUEST"
          + "|NEW CERTIFICATE REQUEST|TRUSTED CERTIFICATE|PGP PUBLIC KEY BLOCK|PGP SIGNATURE"
          + "|SSH2 PUBLIC KEY|DH PARAMETERS|EC PARAMETERS)-----");
  private static final Pattern NUMBER_OR_VERSION = Pattern.compile("^v?[0-9][0-9._:+-]*[a-z]{0,2}$");
  private static final Pattern DOMAIN = Pattern.compile("^[a-z0-9-]+(\\.[a-z0-9-]+)+\\.?$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[a-z0-9-]+(\\.[a-z0-9-]+)+$");
  private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://\\S*$");
  private static final Pattern PATH = Pattern.compile("^(/|\\./|\\.\\./|~/|[A-Za-z]:\\\\|file:)");
  /** {@code rds.password.prod}, {@code event.resultToken}, {@code LambdaFunction.Arn} (a GetAtt). */
  private static final Pattern IDENTIFIER_WITH_DOTS = Pattern.compile(
      "^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+$");
  /** A CloudFormation logical ID or class name: three or more capitalised words. */
  private static final Pattern PASCAL_CASE_WORDS = Pattern.compile("^[A-Z][a-z]+([A-Z][a-z0-9]+){2,}$");
  /**
   * Lower-case (or capitalised) words without digits, alone or joined by separators:
   * {@code Inactive}, {@code roles/editor}, {@code kube-system}. Identifiers and enum values, not
   * generated secrets, which mix cases and digits; random lower-case letters alone are reported
   * from {@link #WORDS_MAX_LENGTH} characters on.
   */
  private static final Pattern WORDS = Pattern.compile("^[A-Z]?[a-z]+([/._:-][A-Z]?[a-z]+)*$");
  private static final int WORDS_MAX_LENGTH = 24;
  /** Markers that ask a person to fill the value in: never the real value. */
  private static final List<String> FILL_IN_FRAGMENTS = List.of("insert_", "insert-", "replace_me",
      "replace-me", "replaceme", "replace_with", "replace-with", "your_", "your-", "_here", "-here",
      "placeholder", "fixme", "todo", "xxxx", "****", "<", ">", "enter_your", "enter-your");
  private static final List<String> SEQUENCES = List.of(
      "0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm",
      "9876543210987654321");

  /**
   * True when {@code value} is a stand-in for a real secret: empty, a known dummy ("changeme",
   * "REPLACE_ME", "example", "test"), a template marker ("&lt;password&gt;"), masked ("****"), all
   * one character, or a keyboard/number run ("12345678").
   */
  public static boolean isPlaceholder(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return true;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (PLACEHOLDER_VALUES.contains(lower)) {
      return true;
    }
    for (String f : PLACEHOLDER_FRAGMENTS) {
      if (lower.contains(f)) {
        return true;
      }
    }
    if (allSameCharacter(v)) {
      return true;
    }
    if (v.length() >= 4) {
      for (String seq : SEQUENCES) {
        if (seq.contains(lower)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when {@code value} asks a person to fill it in ({@code INSERT_TOKEN}, {@code <password>},
   * {@code your_key_here}, {@code xxxx}): a stricter test than {@link #isPlaceholder}, for places
   * where even a weak literal such as "changeme" counts as a deployed credential.
   */
  public static boolean isFillInMarker(String value) {
    String lower = value.strip().toLowerCase(Locale.ROOT);
    for (String f : FILL_IN_FRAGMENTS) {
      if (lower.contains(f)) {
        return true;
      }
    }
    return lower.isEmpty() || allSameCharacter(lower);
  }

  /**
   * True when {@code value} refers to a secret kept elsewhere instead of holding one: a template
   * or shell interpolation ({@code ${…}}, {@code {{…}}}, {@code $(…)}, {@code $VAR}), a
   * CloudFormation dynamic reference ({@code {{resolve:…}}}), or a Terraform traversal written as
   * text ({@code var.db_password}, {@code random_password.db.result}).
   */
  public static boolean isReference(String value) {
    String v = value.strip();
    return REFERENCE.matcher(v).find() || TERRAFORM_TRAVERSAL.matcher(v).matches();
  }

  /**
   * True when {@code value} has a well-known shape that is not a secret even though it may look
   * random: UUIDs, AWS resource IDs ({@code sg-…}, {@code ami-…}), ARNs, SSH public keys,
   * certificates and public keys, URLs without a password, file paths, e-mail addresses, domain
   * names, numbers and versions, and prose.
   */
  public static boolean isNonSecretShape(String value) {
    String v = value.strip();
    if (UUID.matcher(v).matches() || RESOURCE_ID.matcher(v).matches() || v.startsWith("arn:")
        || SSH_PUBLIC_KEY.matcher(v).find() || PEM_NON_SECRET.matcher(v).find()
        || NUMBER_OR_VERSION.matcher(v).matches() || DOMAIN.matcher(v).matches()
        || EMAIL.matcher(v).matches() || PATH.matcher(v).find()
        || IDENTIFIER_WITH_DOTS.matcher(v).matches() || PASCAL_CASE_WORDS.matcher(v).matches()) {
      return true;
    }
    if (URL.matcher(v).matches()) {
      return TokenFormats.urlPassword(v) == null;
    }
    return isProse(v);
  }

  /**
   * True when a value assigned to a secret-like name is random enough to be a real secret: long
   * enough, not words of letters only ({@link #WORDS}) unless long, and above the entropy threshold.
   */
  public static boolean looksRandom(String value) {
    String v = value.strip();
    if (v.length() < GENERIC_MIN_LENGTH) {
      return false;
    }
    if (v.length() < WORDS_MAX_LENGTH && WORDS.matcher(v).matches()) {
      return false;
    }
    double h = Entropy.shannon(v);
    if (Entropy.isHex(v)) {
      // Hex uses 16 symbols: a 16-character hex key scores about 3.5 at best.
      return v.length() >= 16 && h >= GENERIC_ENTROPY_THRESHOLD;
    }
    return h >= GENERIC_ENTROPY_THRESHOLD;
  }

  /**
   * Whether a token of unknown meaning (a stray word in a file that does not parse) could be a
   * secret, so that messages must not quote it: a known token format, or upper-case, lower-case
   * and digits mixed (as in {@code Sup3rS3cret}), or a random-looking run of 12 or more with digits. Names such
   * as {@code aws_db_instance} or {@code resource} are not.
   */
  public static boolean mayBeSecret(String token) {
    if (!TokenFormats.find(token).isEmpty()) {
      return true;
    }
    String alphanumeric = token.replaceAll("[^A-Za-z0-9]", "");
    return token.length() >= GENERIC_MIN_LENGTH && (Entropy.characterClasses(alphanumeric) >= 3
        || token.length() >= 12 && looksRandom(token) && token.chars().anyMatch(Character::isDigit));
  }

  /** Whether every character is the same one ({@code xxxxxxxx}, {@code 00000000}). */
  public static boolean allSameCharacter(String v) {
    if (v.isEmpty()) {
      return false;
    }
    int first = v.codePointAt(0);
    return v.codePoints().allMatch(c -> c == first);
  }

  /** Several words separated by spaces: a description, a command line, a sentence. */
  private static boolean isProse(String v) {
    String[] parts = v.split("\\s+");
    if (parts.length < 2) {
      return false;
    }
    int wordLike = 0;
    for (String p : parts) {
      if (p.chars().filter(Character::isLetter).count() >= Math.max(2, p.length() / 2)) {
        wordLike++;
      }
    }
    return wordLike >= 2;
  }
}
