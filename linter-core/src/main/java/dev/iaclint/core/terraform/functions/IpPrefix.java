package dev.iaclint.core.terraform.functions;

import java.math.BigInteger;

/**
 * An IPv4 or IPv6 network parsed as Terraform parses CIDR notation (Go 1.16's net.ParseCIDR, which
 * Terraform keeps: IPv4 octets may have leading zeros and are read as decimal). The address is
 * masked to the network. Formatting follows Go's net.IP.String().
 */
record IpPrefix(BigInteger network, int bits, int length) {

  static final class ParseException extends Exception {
    ParseException(String message) {
      super(message);
    }
  }

  static IpPrefix parse(String cidr) throws ParseException {
    int slash = cidr.indexOf('/');
    // Messages never quote the argument: it could be a secret passed by mistake.
    if (slash < 0) {
      throw new ParseException("invalid CIDR address: no prefix length (/N)");
    }
    String addr = cidr.substring(0, slash);
    String len = cidr.substring(slash + 1);
    int bits = addr.indexOf(':') >= 0 ? 128 : 32;
    BigInteger ip = bits == 32 ? parseV4(addr) : parseV6(addr);
    if (ip == null || !len.matches("[0-9]{1,3}") || Integer.parseInt(len) > bits) {
      throw new ParseException("invalid CIDR address: not an IP address with a prefix length");
    }
    int length = Integer.parseInt(len);
    return new IpPrefix(ip.and(mask(bits, length)), bits, length);
  }

  static BigInteger mask(int bits, int length) {
    BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    return all.xor(BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE));
  }

  /** The number of host addresses, 2^(bits-length). */
  BigInteger size() {
    return BigInteger.ONE.shiftLeft(bits - length);
  }

  BigInteger last() {
    return network.add(size()).subtract(BigInteger.ONE);
  }

  boolean contains(BigInteger address) {
    return address.compareTo(network) >= 0 && address.compareTo(last()) <= 0;
  }

  @Override
  public String toString() {
    return format(network, bits) + "/" + length;
  }

  private static BigInteger parseV4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    long v = 0;
    for (String p : parts) {
      if (!p.matches("[0-9]{1,6}")) {
        return null;
      }
      int n = Integer.parseInt(p);
      if (n > 255) {
        return null;
      }
      v = (v << 8) | n;
    }
    return BigInteger.valueOf(v);
  }

  private static BigInteger parseV6(String s) {
    int[] groups = new int[8];
    int count = 0;
    int ellipsis = -1;
    String rest = s;
    if (rest.startsWith("::")) {
      ellipsis = 0;
      rest = rest.substring(2);
    }
    while (!rest.isEmpty()) {
      int colon = rest.indexOf(':');
      String part = colon < 0 ? rest : rest.substring(0, colon);
      if (part.contains(".")) {
        // An embedded IPv4 address ends the string.
        if (colon >= 0 || count > 6) {
          return null;
        }
        BigInteger v4 = parseV4(part);
        if (v4 == null) {
          return null;
        }
        groups[count++] = v4.intValue() >>> 16;
        groups[count++] = v4.intValue() & 0xFFFF;
        rest = "";
        break;
      }
      if (!part.matches("[0-9a-fA-F]{1,4}") || count >= 8) {
        return null;
      }
      groups[count++] = Integer.parseInt(part, 16);
      if (colon < 0) {
        rest = "";
      } else {
        rest = rest.substring(colon + 1);
        if (rest.startsWith(":")) {
          if (ellipsis >= 0) {
            return null;
          }
          ellipsis = count;
          rest = rest.substring(1);
        } else if (rest.isEmpty()) {
          return null;
        }
      }
    }
    if (ellipsis >= 0) {
      if (count >= 8) {
        return null;
      }
      int shift = 8 - count;
      for (int i = count - 1; i >= ellipsis; i--) {
        groups[i + shift] = groups[i];
      }
      for (int i = ellipsis; i < ellipsis + shift; i++) {
        groups[i] = 0;
      }
    } else if (count != 8) {
      return null;
    }
    BigInteger v = BigInteger.ZERO;
    for (int g : groups) {
      v = v.shiftLeft(16).or(BigInteger.valueOf(g));
    }
    return v;
  }

  /** Go's net.IP.String(): dotted IPv4; IPv6 with the longest run of two or more zero groups as "::". */
  static String format(BigInteger address, int bits) {
    if (bits == 32) {
      long v = address.longValue();
      return (v >>> 24 & 0xFF) + "." + (v >>> 16 & 0xFF) + "." + (v >>> 8 & 0xFF) + "." + (v & 0xFF);
    }
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = address.shiftRight(112 - 16 * i).intValue() & 0xFFFF;
    }
    if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xFFFF) {
      // An IPv4-mapped address prints as IPv4.
      return format(address.and(BigInteger.valueOf(0xFFFFFFFFL)), 32);
    }
    int bestStart = -1;
    int bestEnd = -1;
    for (int i = 0; i < 8; i++) {
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestEnd - bestStart) {
        bestStart = i;
        bestEnd = j;
      }
      i = Math.max(i, j);
    }
    if (bestEnd - bestStart < 2) {
      bestStart = -1;
      bestEnd = -1;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i = bestEnd - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
