package dev.iaclint.core.terraform.functions;

import static dev.iaclint.core.terraform.functions.Fn.str;

import dev.iaclint.core.value.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * timestamp, plantimestamp, uuid and bcrypt give a different value on every run, so iaclint returns
 * unknowns with the reason; uuidv5 is deterministic and computed.
 */
final class TimeFunctions {
  private static final Map<String, String> NAMESPACES = Map.of(
      "dns", "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
      "url", "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
      "oid", "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
      "x500", "6ba7b814-9dad-11d1-80b4-00c04fd430c8");

  private TimeFunctions() {
  }

  static List<TerraformFunction> all() {
    return List.of(
        Fn.of("timestamp", a -> a.unknown("timestamp() is evaluated at apply time")),
        Fn.of("plantimestamp", a -> a.unknown("plantimestamp() is evaluated when Terraform plans")),
        Fn.of("uuid", a -> a.unknown("uuid() returns a new random value on every run")),
        Fn.variadic("bcrypt", Fn.num("cost"), a -> {
          if (a.size() > 2) {
            throw a.error(2, "bcrypt() takes at most one cost argument");
          }
          return a.unknown("bcrypt() uses a random salt, so its result differs on every run");
        }, str("str")),
        Fn.of("uuidv5", TimeFunctions::uuidv5, str("namespace"), str("name")));
  }

  private static Value uuidv5(Args a) throws FunctionException {
    String ns = a.string(0);
    UUID namespace;
    try {
      String known = NAMESPACES.get(ns);
      if (known == null && !ns.matches("(?i)(urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
        throw new IllegalArgumentException();
      }
      namespace = UUID.fromString(known != null ? known : ns.replaceFirst("(?i)^urn:uuid:", ""));
    } catch (IllegalArgumentException e) {
      throw a.error(0, "must be one of \"dns\", \"url\", \"oid\", \"x500\" or a UUID");
    }
    byte[] name = a.string(1).getBytes(StandardCharsets.UTF_8);
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw a.error("SHA-1 is not available");
    }
    byte[] nsBytes = new byte[16];
    long msb = namespace.getMostSignificantBits();
    long lsb = namespace.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      nsBytes[i] = (byte) (msb >>> (56 - 8 * i));
      nsBytes[8 + i] = (byte) (lsb >>> (56 - 8 * i));
    }
    sha1.update(nsBytes);
    byte[] h = sha1.digest(name);
    h[6] = (byte) ((h[6] & 0x0F) | 0x50);
    h[8] = (byte) ((h[8] & 0x3F) | 0x80);
    long m = 0;
    long l = 0;
    for (int i = 0; i < 8; i++) {
      m = (m << 8) | (h[i] & 0xFF);
      l = (l << 8) | (h[8 + i] & 0xFF);
    }
    return a.str(new UUID(m, l).toString());
  }
}
