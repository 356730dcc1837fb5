package dev.iaclint.core.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a setting, attribute, variable or environment-variable name says that its value is a
 * credential: {@code password}, {@code MYSQL_ROOT_PASSWORD}, {@code apiKey}, {@code client_secret},
 * {@code MasterUserPassword}, {@code x-api-key}.
 *
 * <p>Names are split into words at {@code _ - . /}, spaces and camel-case humps. A name whose last
 * word says the value is something <em>about</em> a secret ({@code password_length},
 * {@code secret_arn}, {@code token_file}, {@code secretName}, {@code kms_key_id}) is not secret-like.
 */
public final class SecretNames {
  private SecretNames() {}

  /** Words that on their own name a credential. */
  private static final Set<String> SECRET_WORDS = Set.of(
      "password", "passwords", "passwd", "passphrase", "secret", "token", "apikey", "credential",
      "credentials", "bearer", "authorization", "privatekey", "accesskey", "secretkey",
      "authtoken", "clientsecret", "connectionstring");

  /** Short words that name a credential only at the end ({@code DB_PASS}, not {@code pass_through}). */
  private static final Set<String> SECRET_WORDS_AT_END = Set.of("pass", "pwd", "pw", "dsn", "sas");

  /** Words that turn a following "key" into a credential name (api_key, access_key …). */
  private static final Set<String> KEY_QUALIFIERS = Set.of(
      "api", "access", "secret", "private", "signing", "master", "encryption", "account", "shared",
      "storage", "client", "app", "auth", "service", "primary", "secondary", "subscription",
      "session", "hmac", "license", "admin", "write", "read", "ingest", "deploy");

  /** Last words that make the value a property of a secret rather than the secret itself. */
  private static final Set<String> NOT_THE_VALUE = Set.of(
      "id", "ids", "arn", "arns", "name", "names", "length", "min", "max", "policy", "policies",
      "ttl", "expiry", "expiration", "expires", "version", "versions", "path", "paths", "file",
      "files", "dir", "directory", "enabled", "disabled", "enable", "disable", "required",
      "rotation", "rotate", "type", "types", "url", "uri", "endpoint", "count", "size", "hash",
      "digest", "sha", "sha1", "sha256", "md5", "prefix", "suffix", "format", "algorithm", "hint",
      "reset", "age", "reuse", "strength", "complexity", "header", "param", "parameter",
      "parameters", "field", "location", "source", "mode", "manager", "store", "ref", "refs",
      "selector", "from", "label", "labels", "schedule", "duration", "days", "hours", "seconds",
      "immediately", "strategy", "validity", "interval", "ms", "provider", "kms", "attribute",
      "attributes", "output", "outputs", "template", "secretsmanager", "env",
      "variable", "var", "mount", "volume", "namespace", "region", "user", "username", "login",
      "issuer", "audience", "lifetime", "timeout", "period", "auth", "method", "methods", "entry",
      "collection", "permissions", "permission", "role", "roles", "scope", "scopes", "description",
      "enforced", "expired", "update", "updated", "created", "changed", "last", "keys",
      "kind", "protection", "storage", "backend", "engine", "config", "configuration", "settings",
      "options", "option", "block", "spec", "data", "secrets", "tokens", "condition", "conditions",
      // PostgreSQL's password_encryption parameter names a hashing scheme (scram-sha-256).
      "encryption", "encoding");

  /** True when {@code name} names a credential. */
  public static boolean isSecretName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    List<String> words = words(name);
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1);
    if (NOT_THE_VALUE.contains(last) && !(words.size() == 1 && last.equals("auth"))) {
      return false;
    }
    if (words.size() == 1 && last.equals("auth")) {
      // {"auth": "dXNlcjpwYXNz"} in a Docker config is user:password.
      return true;
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (SECRET_WORDS.contains(w) || (i == words.size() - 1 && SECRET_WORDS_AT_END.contains(w))) {
        return true;
      }
      if (w.equals("key") && i > 0 && KEY_QUALIFIERS.contains(words.get(i - 1))) {
        return true;
      }
      // Two words that spell one: connection_string, private-key, api.key.
      if (i + 1 < words.size() && SECRET_WORDS.contains(w + words.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code name} names a password specifically (not a token or key). */
  public static boolean isPasswordName(String name) {
    if (!isSecretName(name)) {
      return false;
    }
    for (String w : words(name)) {
      if (w.equals("password") || w.equals("passwords") || w.equals("passwd") || w.equals("pwd")
          || w.equals("pass") || w.equals("passphrase")) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case words of {@code name}: {@code MasterUserPassword} → master, user, password. */
  public static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(w, out);
        continue;
      }
      if (Character.isUpperCase(c) && w.length() > 0) {
        char prev = name.charAt(i - 1);
        boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        // "apiKey" → api|Key; "XMLHttp" → XML|Http; "API_KEY" stays whole words.
        if (Character.isLowerCase(prev) || Character.isDigit(prev)
            || (Character.isUpperCase(prev) && nextLower)) {
          flush(w, out);
        }
      }
      w.append(c);
    }
    flush(w, out);
    return out;
  }

  private static void flush(StringBuilder w, List<String> out) {
    if (w.length() > 0) {
      out.add(w.toString().toLowerCase(Locale.ROOT));
      w.setLength(0);
    }
  }
}
