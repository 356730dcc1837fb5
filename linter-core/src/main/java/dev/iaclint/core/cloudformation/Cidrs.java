package dev.iaclint.core.cloudformation;

import java.util.ArrayList;
import java.util.List;

/** {@code Fn::Cidr} for IPv4: the first {@code count} subnets of {@code cidrBits} host bits. */
final class Cidrs {
  private static final int MAX_COUNT = 256;

  private Cidrs() {}

  /** The subnets, or {@code null} when the input is not an IPv4 block that can be divided so. */
  static List<String> subnets(String block, String count, String cidrBits) {
    if (block == null || count == null || cidrBits == null) {
      return null;
    }
    try {
      String[] ipAndPrefix = block.trim().split("/");
      if (ipAndPrefix.length != 2) {
        return null;
      }
      String[] octets = ipAndPrefix[0].split("\\.");
      if (octets.length != 4) {
        return null;
      }
      long base = 0;
      for (String o : octets) {
        int v = Integer.parseInt(o);
        if (v < 0 || v > 255) {
          return null;
        }
        base = (base << 8) | v;
      }
      int prefix = Integer.parseInt(ipAndPrefix[1]);
      int n = Integer.parseInt(count.trim());
      int bits = Integer.parseInt(cidrBits.trim());
      int newPrefix = 32 - bits;
      if (prefix < 0 || prefix > 32 || bits < 1 || newPrefix < prefix || n < 1 || n > MAX_COUNT
          || (long) n > (1L << (newPrefix - prefix))) {
        return null;
      }
      long size = 1L << bits;
      base &= ~((1L << (32 - prefix)) - 1) & 0xFFFFFFFFL;
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        long a = base + i * size;
        out.add(((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255)
            + "/" + newPrefix);
      }
      return out;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
