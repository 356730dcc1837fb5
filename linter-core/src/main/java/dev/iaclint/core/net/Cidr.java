package dev.iaclint.core.net;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * An IPv4 or IPv6 address block: {@code 10.0.0.0/8}, {@code ::/0}, or a bare address (a /32 or
 * /128). Parsing is strict and never resolves host names.
 *
 * @param address the block's address with host bits cleared
 * @param prefix the prefix length
 */
public record Cidr(boolean ipv6, BigInteger address, int prefix) {
  public static final Cidr ANY_IPV4 = new Cidr(false, BigInteger.ZERO, 0);
  public static final Cidr ANY_IPV6 = new Cidr(true, BigInteger.ZERO, 0);

  public Cidr {
    Objects.requireNonNull(address, "address");
    if (prefix < 0 || prefix > (ipv6 ? 128 : 32)) {
      throw new IllegalArgumentException("prefix out of range: " + prefix);
    }
    address = address.andNot(hostMask(ipv6, prefix));
  }

  /**
   * Parses {@code text}; {@code null} when it is not a CIDR block or address (a name, a prefix
   * list id, an unresolved reference).
   */
  public static Cidr parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    int slash = t.indexOf('/');
    String addr = slash < 0 ? t : t.substring(0, slash);
    boolean v6 = addr.indexOf(':') >= 0;
    BigInteger value = v6 ? parseIpv6(addr) : parseIpv4(addr);
    if (value == null) {
      return null;
    }
    int bits = v6 ? 128 : 32;
    int prefix = bits;
    if (slash >= 0) {
      String p = t.substring(slash + 1);
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        return null;
      }
      prefix = Integer.parseInt(p);
      if (prefix > bits) {
        return null;
      }
    }
    return new Cidr(v6, value, prefix);
  }

  private static BigInteger parseIpv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    long value = 0;
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        return null;
      }
      int octet = Integer.parseInt(part);
      if (octet > 255) {
        return null;
      }
      value = (value << 8) | octet;
    }
    return BigInteger.valueOf(value);
  }

  private static BigInteger parseIpv6(String s) {
    String text = s.toLowerCase(Locale.ROOT);
    int zone = text.indexOf('%');
    if (zone >= 0) {
      text = text.substring(0, zone);
    }
    // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two groups.
    int lastColon = text.lastIndexOf(':');
    if (text.indexOf('.', lastColon) > 0) {
      BigInteger v4 = parseIpv4(text.substring(lastColon + 1));
      if (v4 == null) {
        return null;
      }
      long v = v4.longValue();
      text = text.substring(0, lastColon + 1) + Long.toHexString(v >> 16) + ":" + Long.toHexString(v & 0xffff);
    }
    int doubleColon = text.indexOf("::");
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
      return null;
    }
    String[] head;
    String[] tail;
    if (doubleColon >= 0) {
      String h = text.substring(0, doubleColon);
      String tl = text.substring(doubleColon + 2);
      head = h.isEmpty() ? new String[0] : h.split(":", -1);
      tail = tl.isEmpty() ? new String[0] : tl.split(":", -1);
      if (head.length + tail.length > 7) {
        return null;
      }
    } else {
      head = text.split(":", -1);
      tail = new String[0];
      if (head.length != 8) {
        return null;
      }
    }
    BigInteger value = BigInteger.ZERO;
    int groups = 0;
    for (String g : head) {
      Integer n = group(g);
      if (n == null) {
        return null;
      }
      value = value.shiftLeft(16).or(BigInteger.valueOf(n));
      groups++;
    }
    int zeros = 8 - head.length - tail.length;
    value = value.shiftLeft(16 * zeros);
    groups += zeros;
    for (String g : tail) {
      Integer n = group(g);
      if (n == null) {
        return null;
      }
      value = value.shiftLeft(16).or(BigInteger.valueOf(n));
      groups++;
    }
    return groups == 8 ? value : null;
  }

  private static Integer group(String g) {
    if (g.isEmpty() || g.length() > 4) {
      return null;
    }
    try {
      return Integer.parseInt(g, 16);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static BigInteger hostMask(boolean ipv6, int prefix) {
    int bits = ipv6 ? 128 : 32;
    return BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
  }

  /** Any /0 block: every address of its family ({@code 0.0.0.0/0}, {@code ::/0}). */
  public boolean isAnywhere() {
    return prefix == 0;
  }

  /** Whether every address of {@code other} is in this block (same family only). */
  public boolean contains(Cidr other) {
    return other.ipv6 == ipv6 && other.prefix >= prefix
        && other.address.andNot(hostMask(ipv6, prefix)).equals(address);
  }

  /** Whether the two blocks share an address. */
  public boolean overlaps(Cidr other) {
    return contains(other) || other.contains(this);
  }

  /** {@code 10.0.0.0/8}; IPv6 in full lower-case groups without compression. */
  @Override
  public String toString() {
    if (!ipv6) {
      long v = address.longValue();
      return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255) + "/" + prefix;
    }
    StringBuilder sb = new StringBuilder();
    for (int g = 7; g >= 0; g--) {
      sb.append(Integer.toHexString(address.shiftRight(16 * g).intValue() & 0xffff));
      if (g > 0) {
        sb.append(':');
      }
    }
    return sb.append('/').append(prefix).toString();
  }
}
