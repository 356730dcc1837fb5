package dev.iaclint.rules.secrets;

import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.secrets.Base64Text;
import dev.iaclint.core.secrets.SecretDetector;
import dev.iaclint.core.secrets.SecretKind;
import dev.iaclint.core.secrets.SecretMasker;
import dev.iaclint.core.secrets.SecretMatch;
import dev.iaclint.core.secrets.SecretValues;
import dev.iaclint.core.secrets.SourceLocator;
import dev.iaclint.core.secrets.TokenFormats;
import dev.iaclint.core.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects the secrets of one document. Each secret is reported once: the first report of a place
 * claims it, so that the specific checks (user data, Kubernetes, password attributes), which run
 * first, win over the general walk that visits every string afterwards.
 */
final class SecretReporter {

  /**
   * Where a string sits.
   *
   * @param resource the enclosing resource (contract form), setting key or file
   * @param resourceType the type of {@code resource}: the resource type ({@code aws_db_instance},
   *     {@code AWS::RDS::DBInstance}), {@code variable}, the Kubernetes kind, {@code service},
   *     {@code elasticsearch.yml} …, or {@code file} for text outside every resource
   * @param path the attribute path from the resource to the string
   * @param name the name the string is assigned to (attribute, key, environment variable)
   * @param rule the rule that owns every secret here ({@code IAC-SECRET-008} in user data …), or
   *     {@code null} to choose by the kind of secret
   * @param where how messages describe the place (" in EC2 user data"), or ""
   */
  record Place(String resource, String resourceType, String path, String name, String rule,
      String where) {
    /** The resource type of text that belongs to no resource. */
    static final String FILE = "file";

    Place {
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(resourceType, "resourceType");
      name = name == null ? "" : name;
      where = where == null ? "" : where;
    }

    /** The top of {@code resource}, of type {@code resourceType}, its strings named {@code name}. */
    static Place in(String resource, String resourceType, String path, String name) {
      return new Place(resource, resourceType, path, name, null, "");
    }

    Place child(String key) {
      return new Place(resource, resourceType, path.isEmpty() ? key : path + "." + key, key, rule, where);
    }

    Place element(int index) {
      return new Place(resource, resourceType, path + "[" + index + "]", name, rule, where);
    }

    Place named(String newName) {
      return new Place(resource, resourceType, path, newName, rule, where);
    }

    Place owned(String newRule, String newWhere) {
      return new Place(resource, resourceType, path, name, newRule, newWhere);
    }
  }

  private final List<SecretFinding> findings = new ArrayList<>();
  private final List<SourceRange> claimed = new ArrayList<>();

  List<SecretFinding> findings() {
    return findings;
  }

  /** Whether a secret overlapping {@code range} was already reported. */
  boolean isClaimed(SourceRange range) {
    for (SourceRange c : claimed) {
      if (c.file() == range.file() && c.startOffset() < range.endOffset()
          && range.startOffset() < c.endOffset()) {
        return true;
      }
      if (c.equals(range)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports what the detectors found in a string literal written at {@code literal} whose value
   * is {@code text}. With {@code decoded} set, {@code text} was decoded from the literal (base64),
   * so positions inside it mean nothing in the source and the whole literal is the place.
   */
  void matches(List<SecretMatch> found, String text, SourceRange literal, boolean decoded, Place place) {
    for (SecretMatch m : found) {
      SourceRange at = decoded ? literal : SourceLocator.locate(literal, text, m.start(), m.end());
      String name = m.name().isEmpty() ? place.name() : m.name();
      String rule = place.rule() != null ? place.rule() : SecretRules.ruleFor(m.kind());
      report(rule, at, m.value(), place, message(m.kind(), m.value(), name, place.where(), decoded),
          severityFor(rule, m));
    }
  }

  /**
   * Reports the secrets in {@code text}, the value of the literal at {@code literal}, decoding it
   * first when it is base64 text (user data written as base64): then the whole literal is the
   * place, since positions in the decoded text mean nothing in the source.
   */
  void decodingBase64(SourceRange literal, String text, Place place) {
    if (text.length() >= 16 && !text.contains(" ") && Base64Text.looksLikeBase64(text)) {
      Optional<String> decoded = Base64Text.decodeText(text);
      if (decoded.isPresent()) {
        matches(SecretDetector.scan(decoded.get(), place.name()), decoded.get(), literal, true, place);
        claim(literal);
        return;
      }
    }
    matches(SecretDetector.scan(text, place.name()), text, literal, false, place);
  }

  /** Reports one secret at {@code location}; nothing when that place was already reported. */
  void report(String rule, SourceRange location, String value, Place place, String message,
      Severity severity) {
    if (isClaimed(location)) {
      return;
    }
    claimed.add(location);
    findings.add(new SecretFinding(rule, location, List.of(location), place.resource(),
        place.resourceType(), place.path(), message, value, severity));
  }

  /** Reports a finding that holds no secret text (a password taken from a visible parameter). */
  void reportUnredacted(String rule, SourceRange location, String identity, Place place,
      String message) {
    if (isClaimed(location)) {
      return;
    }
    claimed.add(location);
    findings.add(new SecretFinding(rule, location, List.of(), place.resource(),
        place.resourceType(), place.path(),
        message, identity, null));
  }

  /**
   * Reports the literal {@code value} (found at {@code offset} in {@code text}, the value of the
   * literal written at {@code literal}) in a place that takes a password: IAC-SECRET-007 whatever
   * its entropy, or the rule of its format when it is a known token.
   */
  void literalPassword(SourceRange literal, String text, int offset, String value, Place place,
      String why) {
    String v = value.strip();
    if (!isLiteralCredential(v)) {
      return;
    }
    int start = offset + value.indexOf(v);
    SourceRange at = SourceLocator.locate(literal, text, start, start + v.length());
    Optional<SecretKind> kind = TokenFormats.kindOf(v);
    String rule = kind.map(SecretRules::ruleFor).orElse(SecretRules.HARDCODED_PASSWORDS);
    String message = kind.isPresent()
        ? message(kind.get(), v, place.name(), why, false)
        : "'" + place.name() + "' is set to a literal password " + SecretMasker.mask(v) + why;
    report(rule, at, v, place, message, null);
  }

  /**
   * Whether a value written where a credential goes is a literal credential: anything but empty,
   * a reference or interpolation, a template marker ({@code <password>}) or a mask ({@code ****}).
   * Weak and placeholder-like passwords count: "changeme" gets deployed.
   */
  static boolean isLiteralCredential(String v) {
    return !v.isBlank() && !SecretValues.isReference(v) && !SecretValues.isFillInMarker(v);
  }

  /** Marks {@code range} as handled without reporting it (a value judged and found harmless). */
  void claim(SourceRange range) {
    claimed.add(range);
  }

  static String message(SecretKind kind, String value, String name, String where, boolean decoded) {
    String masked = SecretMasker.mask(value, kind);
    String what = switch (kind) {
      case GENERIC_SECRET -> "a hard-coded secret";
      case PASSWORD -> "a literal password";
      default -> article(kind.label()) + " " + kind.label();
    };
    StringBuilder sb = new StringBuilder();
    if (!name.isEmpty()) {
      sb.append('\'').append(name).append("' holds ").append(what);
    } else {
      sb.append(capitalize(what));
    }
    sb.append(' ').append(masked);
    if (decoded) {
      sb.append(" (base64-encoded)");
    }
    sb.append(where);
    return sb.toString();
  }

  /** Stripe test-mode keys reach only test data: still a secret, but a lesser one. */
  private static Severity severityFor(String rule, SecretMatch m) {
    if ((m.kind() == SecretKind.STRIPE_SECRET_KEY || m.kind() == SecretKind.STRIPE_RESTRICTED_KEY)
        && m.value().startsWith("_test_", 2)) {
      return Severity.MEDIUM;
    }
    return null;
  }

  static String article(String label) {
    char c = Character.toLowerCase(label.charAt(0));
    boolean vowelSound = "aeio".indexOf(c) >= 0 || label.startsWith("npm");
    return vowelSound ? "an" : "a";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
