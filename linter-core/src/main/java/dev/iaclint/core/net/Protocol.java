package dev.iaclint.core.net;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * An IP protocol as security groups and network ACLs write it: {@code -1} / {@code "-1"} /
 * {@code all} (every protocol), a name ({@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6}) or
 * an IANA number ({@code 6}, {@code 17}, {@code 1}, {@code 58}).
 *
 * @param number the IANA protocol number, or {@code -1} for all protocols
 */
public record Protocol(int number) {
  public static final Protocol ALL = new Protocol(-1);
  public static final Protocol ICMP = new Protocol(1);
  public static final Protocol TCP = new Protocol(6);
  public static final Protocol UDP = new Protocol(17);
  public static final Protocol ICMPV6 = new Protocol(58);

  /** Parses a protocol; {@code null} when it is none of the forms above. */
  public static Protocol parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "-1", "all" -> {
        return ALL;
      }
      case "tcp" -> {
        return TCP;
      }
      case "udp" -> {
        return UDP;
      }
      case "icmp" -> {
        return ICMP;
      }
      case "icmpv6", "58" -> {
        return ICMPV6;
      }
      default -> {
        try {
          BigDecimal n = new BigDecimal(t);
          int v = n.intValueExact();
          return v == -1 ? ALL : v >= 0 && v <= 255 ? new Protocol(v) : null;
        } catch (NumberFormatException | ArithmeticException e) {
          return null;
        }
      }
    }
  }

  public boolean isAll() {
    return number == -1;
  }

  /** TCP and UDP have ports; for every other protocol from/to are ignored or mean ICMP type/code. */
  public boolean hasPorts() {
    return number == 6 || number == 17;
  }

  /** Whether traffic of {@code other} is this protocol (ALL covers everything). */
  public boolean covers(Protocol other) {
    return isAll() || number == other.number;
  }

  @Override
  public String toString() {
    return switch (number) {
      case -1 -> "all";
      case 1 -> "icmp";
      case 6 -> "tcp";
      case 17 -> "udp";
      case 58 -> "icmpv6";
      default -> Integer.toString(number);
    };
  }
}
