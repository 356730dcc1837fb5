package dev.iaclint.core.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in one string, given the name it is assigned to. Pure functions: no I/O, no
 * configuration, the same answer for the same input. Callers turn the returned spans into source
 * ranges with {@link SourceLocator}.
 *
 * <p>Three detectors run, and a secret they find twice is reported once, most specific first:
 *
 * <ol>
 *   <li>well-known token formats anywhere in the string ({@link TokenFormats});
 *   <li>the value as a whole when its name is secret-like ({@link #namedValue});
 *   <li>{@code NAME=value} and {@code name: value} assignments inside the string, for scripts,
 *       embedded configuration files and {@code KEY=value} environment entries ({@link #assignments}).
 * </ol>
 */
public final class SecretDetector {
  private SecretDetector() {}

  private static final Pattern AWS_SECRET_SHAPE = Pattern.compile("[A-Za-z0-9/+]{40}");

  /**
   * {@code NAME = value}, {@code name: value}, {@code "name": "value"}, {@code --name=value}: a
   * name, an assignment operator, and a quoted or bare value on the same line.
   */
  private static final Pattern ASSIGNMENT = Pattern.compile(
      "(?<![A-Za-z0-9_.])([\"']?)([A-Za-z_][A-Za-z0-9_.\\-]{0,100})\\1[ \\t]*(?:=>|:=|=|:)[ \\t]*"
          + "(?:\"([^\"\\n\\r]*)\"|'([^'\\n\\r]*)'|([^\\s\"',;}\\])]+))");

  /**
   * {@code {"name": "DB_PASSWORD", "value": "…"}} in JSON text (an ECS container definition written
   * as a heredoc): the value is assigned to the name. Either order; the value is group "value".
   */
  private static final Pattern JSON_NAME_VALUE = Pattern.compile(
      "\\{\\s*\"[Nn]ame\"\\s*:\\s*\"(?<name>[^\"\\n]{1,100})\"\\s*,\\s*\"[Vv]alue\"\\s*:\\s*\"(?<value>[^\"\\n]*)\""
          + "|\\{\\s*\"[Vv]alue\"\\s*:\\s*\"(?<value2>[^\"\\n]*)\"\\s*,\\s*\"[Nn]ame\"\\s*:\\s*\"(?<name2>[^\"\\n]{1,100})\"");

  /** Every secret in {@code value}, which is assigned to {@code name} ({@code null} when none). */
  public static List<SecretMatch> scan(String value, String name) {
    List<SecretMatch> found = new ArrayList<>(TokenFormats.find(value));
    if (name != null && !name.isEmpty()) {
      namedValue(name, value).ifPresent(found::add);
    }
    if (value.indexOf('=') >= 0 || value.indexOf(':') >= 0) {
      found.addAll(assignments(value));
      found.addAll(jsonNameValuePairs(value));
    }
    return withoutOverlaps(found);
  }

  /**
   * The value as a whole, when {@code name} is secret-like and the value is a single random-looking
   * token: an AWS secret access key (40 base64 characters under an AWS/secret name) or a generic
   * high-entropy secret. Placeholders, references and non-secret shapes are never reported.
   */
  public static Optional<SecretMatch> namedValue(String name, String value) {
    if (!SecretNames.isSecretName(name)) {
      return Optional.empty();
    }
    int start = 0;
    int end = value.length();
    while (start < end && Character.isWhitespace(value.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
      end--;
    }
    String v = value.substring(start, end);
    if (v.isEmpty() || v.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    if (isAwsSecretName(name) && AWS_SECRET_SHAPE.matcher(v).matches()
        && !TokenFormats.isFakeBody(v) && Entropy.shannon(v) >= 3.5
        && Entropy.characterClasses(v) >= 3) {
      return Optional.of(new SecretMatch(SecretKind.AWS_SECRET_ACCESS_KEY, start, end, v, name));
    }
    if (isGenericSecret(v)) {
      return Optional.of(new SecretMatch(SecretKind.GENERIC_SECRET, start, end, v, name));
    }
    return Optional.empty();
  }

  /**
   * Whether a single token assigned to a secret-like name is a real secret: not a placeholder, not
   * a reference, not a harmless shape, and random enough. A base64 value is judged by what it
   * decodes to when that is text (so {@code cGFzc3dvcmQ=} is the placeholder "password").
   */
  public static boolean isGenericSecret(String v) {
    if (SecretValues.isReference(v) || SecretValues.isPlaceholder(v)
        || SecretValues.isNonSecretShape(v)) {
      return false;
    }
    if (v.length() >= 8 && v.length() % 4 == 0 && !Entropy.isHex(v)) {
      Optional<String> decoded = Base64Text.decodeText(v);
      if (decoded.isPresent() && decoded.get().codePoints().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        String d = decoded.get();
        if (SecretValues.isReference(d) || SecretValues.isPlaceholder(d)
            || SecretValues.isNonSecretShape(d)) {
          return false;
        }
      }
    }
    return SecretValues.looksRandom(v);
  }

  /** Secrets in {@code NAME=value} / {@code name: value} assignments inside free text. */
  public static List<SecretMatch> assignments(String text) {
    List<SecretMatch> out = new ArrayList<>();
    Matcher m = ASSIGNMENT.matcher(text);
    while (m.find()) {
      String name = m.group(2);
      int g = m.group(3) != null ? 3 : m.group(4) != null ? 4 : 5;
      String value = m.group(g);
      if (!SecretNames.isSecretName(name)) {
        continue;
      }
      int valueStart = m.start(g);
      namedValue(name, value).ifPresent(s -> out.add(s.shift(valueStart)));
    }
    return out;
  }

  /** Secrets in {@code {"name": "X", "value": "…"}} objects inside JSON text. */
  static List<SecretMatch> jsonNameValuePairs(String text) {
    List<SecretMatch> out = new ArrayList<>();
    if (!text.contains("ame\"")) {
      return out;
    }
    Matcher m = JSON_NAME_VALUE.matcher(text);
    while (m.find()) {
      boolean nameFirst = m.group("name") != null;
      String name = nameFirst ? m.group("name") : m.group("name2");
      String valueGroup = nameFirst ? "value" : "value2";
      int valueStart = m.start(valueGroup);
      namedValue(name, m.group(valueGroup)).ifPresent(s -> out.add(s.shift(valueStart)));
    }
    return out;
  }

  /** AWS secret keys are named like {@code aws_secret_access_key}, {@code secret_key}, {@code SecretAccessKey}. */
  static boolean isAwsSecretName(String name) {
    List<String> words = SecretNames.words(name);
    return words.contains("secret")
        && (words.contains("aws") || words.contains("access") || words.contains("key"))
        || words.contains("secretaccesskey") || words.contains("secretkey");
  }

  private static List<SecretMatch> withoutOverlaps(List<SecretMatch> matches) {
    List<SecretMatch> out = new ArrayList<>();
    // Earlier detectors are more specific: keep a later match only where nothing earlier covers it.
    for (SecretMatch m : matches) {
      boolean overlaps = false;
      for (SecretMatch kept : out) {
        if (m.start() < kept.end() && kept.start() < m.end()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(SecretMatch::start).thenComparingInt(SecretMatch::end));
    return out;
  }
}
