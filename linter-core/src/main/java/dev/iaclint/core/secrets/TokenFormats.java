package dev.iaclint.core.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The well-known token formats: AWS access key IDs, GitHub, Stripe, Slack, JWTs, PEM private keys,
 * Google, GitLab, npm, SendGrid, Twilio, OpenAI, Anthropic, and passwords written into URLs.
 * Each format is a strict pattern (bounded on both sides so that it cannot match inside a longer
 * token) plus, where the pattern alone is not enough, a validator.
 */
public final class TokenFormats {
  private TokenFormats() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One format: a cheap literal that must occur in the text before the pattern is tried, the
   * pattern (group 0 is the secret), and a validator for what the pattern cannot express.
   */
  private record Format(SecretKind kind, String hint, Pattern pattern, Predicate<String> valid) {}

  private static final String B = "(?<![A-Za-z0-9_])";
  private static final String E = "(?![A-Za-z0-9_])";
  private static final String B_DASH = "(?<![A-Za-z0-9_-])";
  private static final String E_DASH = "(?![A-Za-z0-9_-])";

  /*
   * AWS: only AKIA (long-term keys), ASIA (temporary keys) and the legacy A3T prefix are access key
   * IDs. AIDA, AROA, AGPA, AIPA, ANPA and ANVA are the unique IDs of users, roles, groups, instance
   * profiles and policies: identifiers that belong in IAM conditions ("aws:userid"), not secrets.
   */
  private static final List<Format> FORMATS = List.of(
      new Format(SecretKind.AWS_ACCESS_KEY_ID, "A",
          Pattern.compile("(?<![A-Za-z0-9])(?:AKIA|ASIA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])"),
          v -> !isFakeBody(v.substring(4))),
      new Format(SecretKind.GITHUB_TOKEN, "gh",
          Pattern.compile(B + "gh[pousr]_[0-9A-Za-z]{36}" + E),
          v -> !isFakeBody(v.substring(4))),
      new Format(SecretKind.GITHUB_TOKEN, "github_pat_",
          Pattern.compile(B + "github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}" + E),
          v -> !isFakeBody(v.substring(11))),
      new Format(SecretKind.STRIPE_SECRET_KEY, "sk_",
          Pattern.compile(B + "sk_(?:live|test)_[0-9A-Za-z]{24,247}" + E),
          v -> !isFakeBody(v.substring(8))),
      new Format(SecretKind.STRIPE_RESTRICTED_KEY, "rk_",
          Pattern.compile(B + "rk_(?:live|test)_[0-9A-Za-z]{24,247}" + E),
          v -> !isFakeBody(v.substring(8))),
      new Format(SecretKind.SLACK_WEBHOOK, "hooks.slack.com",
          Pattern.compile("https?://hooks\\.slack\\.com/(?:services/T[A-Z0-9_]{6,}/B[A-Z0-9_]{6,}"
              + "|(?:workflows|triggers)/T[A-Z0-9_]{6,}/A[A-Z0-9_]{6,}/[0-9]{6,})/[A-Za-z0-9_]{16,}"
              + E),
          v -> !isFakeBody(v.substring(v.lastIndexOf('/') + 1))),
      new Format(SecretKind.SLACK_TOKEN, "xox",
          Pattern.compile(B_DASH + "xox[abeprs]-[0-9A-Za-z]{1,}-[0-9A-Za-z-]{8,}" + E_DASH),
          v -> !isFakeBody(v.substring(5))),
      // Legacy workspace-app and refresh tokens are one segment after the prefix: xoxr-8to48.
      new Format(SecretKind.SLACK_TOKEN, "xox",
          Pattern.compile(B_DASH + "xox[ar]-(?:[0-9]-)?[0-9A-Za-z]{8,48}" + E_DASH),
          v -> !isFakeBody(v.substring(5))),
      new Format(SecretKind.JWT, "eyJ",
          Pattern.compile(B_DASH + "eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"
              + "(?![A-Za-z0-9_.-])"),
          TokenFormats::isJwt),
      new Format(SecretKind.GOOGLE_API_KEY, "AIza",
          Pattern.compile(B_DASH + "AIza[0-9A-Za-z_-]{35}" + E_DASH),
          v -> !isFakeBody(v.substring(4))),
      new Format(SecretKind.GITLAB_TOKEN, "gl",
          Pattern.compile(B_DASH + "gl(?:pat|dt|rt)-[0-9A-Za-z_-]{20,}" + E_DASH),
          v -> !isFakeBody(v.substring(v.indexOf('-') + 1))),
      new Format(SecretKind.NPM_TOKEN, "npm_",
          Pattern.compile(B + "npm_[A-Za-z0-9]{36}" + E),
          v -> !isFakeBody(v.substring(4))),
      new Format(SecretKind.SENDGRID_API_KEY, "SG.",
          Pattern.compile(B_DASH + "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}" + E_DASH),
          v -> !isFakeBody(v.substring(3))),
      new Format(SecretKind.TWILIO_API_KEY, "SK",
          Pattern.compile("(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])"),
          v -> !isFakeBody(v.substring(2))),
      new Format(SecretKind.ANTHROPIC_API_KEY, "sk-ant-",
          Pattern.compile(B_DASH + "sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,}" + E_DASH),
          v -> !isFakeBody(v.substring(14))),
      // OpenAI keys embed "T3BlbkFJ" (base64 of "OpenAI"); a bare "sk-" prefix alone is too common.
      new Format(SecretKind.OPENAI_API_KEY, "T3BlbkFJ",
          Pattern.compile(B_DASH + "sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ"
              + "[A-Za-z0-9_-]{16,}" + E_DASH),
          v -> true));

  private static final Pattern PEM_BEGIN = Pattern.compile(
      "-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----");
  private static final Pattern PEM_END = Pattern.compile(
      "-----END ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----");
  private static final Pattern URL_WITH_PASSWORD = Pattern.compile(
      "(?<![A-Za-z0-9+.-])[a-zA-Z][a-zA-Z0-9+.-]{1,20}://([^\\s:/@?#\"'<>]+):([^\\s/@?#\"'<>]+)@"
          + "[A-Za-z0-9.\\[\\]_-]+");

  /** Every well-known token in {@code text}, in order of position, without overlaps. */
  public static List<SecretMatch> find(String text) {
    List<SecretMatch> out = new ArrayList<>();
    for (Format f : FORMATS) {
      if (!text.contains(f.hint())) {
        continue;
      }
      Matcher m = f.pattern().matcher(text);
      while (m.find()) {
        String v = m.group();
        if (f.valid().test(v)) {
          out.add(new SecretMatch(f.kind(), m.start(), m.end(), v, ""));
        }
      }
    }
    if (text.contains("PRIVATE KEY")) {
      findPrivateKeys(text, out);
    }
    if (text.contains("://")) {
      Matcher m = URL_WITH_PASSWORD.matcher(text);
      while (m.find()) {
        String password = m.group(2);
        if (!SecretValues.isPlaceholder(password) && !SecretValues.isReference(password)
            && !password.startsWith("$")) {
          out.add(new SecretMatch(SecretKind.URL_PASSWORD, m.start(2), m.end(2), password, ""));
        }
      }
    }
    return withoutOverlaps(out);
  }

  /** The format {@code value} is, when the whole value is exactly one well-known token. */
  public static Optional<SecretKind> kindOf(String value) {
    for (SecretMatch m : find(value)) {
      if (m.start() == 0 && m.end() == value.length()) {
        return Optional.of(m.kind());
      }
    }
    return Optional.empty();
  }

  /** The password in {@code scheme://user:password@host}, or {@code null} when there is none. */
  public static String urlPassword(String url) {
    Matcher m = URL_WITH_PASSWORD.matcher(url);
    return m.find() ? m.group(2) : null;
  }

  /**
   * PEM private keys, from the BEGIN line to the matching END line (or the end of the text). A
   * header without a key body (documentation, a regex, a template that interpolates the key) is
   * not a key.
   */
  private static void findPrivateKeys(String text, List<SecretMatch> out) {
    Matcher begin = PEM_BEGIN.matcher(text);
    int from = 0;
    while (from < text.length() && begin.find(from)) {
      Matcher end = PEM_END.matcher(text);
      boolean closed = end.find(begin.end());
      int bodyEnd = closed ? end.start() : text.length();
      int stop = closed ? end.end() : text.length();
      if (hasKeyBody(text.substring(begin.end(), bodyEnd))) {
        out.add(new SecretMatch(SecretKind.PRIVATE_KEY, begin.start(), stop,
            text.substring(begin.start(), stop), ""));
      }
      from = stop;
    }
  }

  private static boolean hasKeyBody(String body) {
    int base64 = 0;
    for (String line : body.split("\\R")) {
      String l = line.strip();
      if (l.isEmpty() || l.contains(":")) {
        continue; // Proc-Type: / DEK-Info: headers of encrypted PEM
      }
      if (l.contains("...") || l.contains("<") || l.toLowerCase().contains("xxxx")) {
        return false;
      }
      for (int i = 0; i < l.length(); i++) {
        char c = l.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '+' || c == '/' || c == '=') {
          base64++;
        } else if (c != '\\' && c != 'n' && c != ' ') {
          return false;
        }
      }
    }
    return base64 >= 64;
  }

  /** A JWT's header and payload are base64url-encoded JSON objects; anything else is not a JWT. */
  private static boolean isJwt(String token) {
    String[] parts = token.split("\\.", -1);
    return parts.length == 3 && isJsonObject(parts[0]) && isJsonObject(parts[1]);
  }

  private static boolean isJsonObject(String base64url) {
    Optional<String> text = Base64Text.decodeText(base64url);
    if (text.isEmpty()) {
      return false;
    }
    try {
      JsonNode node = JSON.readTree(text.get());
      return node != null && node.isObject();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A token body that is obviously made up: all one character, or holding a run such as
   * {@code XXXX} or {@code 0000} that random keys essentially never contain.
   */
  static boolean isFakeBody(String body) {
    if (body.isEmpty() || SecretValues.allSameCharacter(body)) {
      return true;
    }
    String lower = body.toLowerCase();
    return lower.contains("xxxx") || lower.contains("****") || body.contains("0000000");
  }

  private static List<SecretMatch> withoutOverlaps(List<SecretMatch> matches) {
    List<SecretMatch> sorted = new ArrayList<>(matches);
    // Longest first at each start, so that a JWT inside a URL password is reported once, as a JWT.
    sorted.sort(Comparator.comparingInt(SecretMatch::start)
        .thenComparing(Comparator.comparingInt(SecretMatch::end).reversed()));
    List<SecretMatch> out = new ArrayList<>();
    int covered = -1;
    for (SecretMatch m : sorted) {
      if (m.start() >= covered) {
        out.add(m);
        covered = m.end();
      }
    }
    return out;
  }
}
