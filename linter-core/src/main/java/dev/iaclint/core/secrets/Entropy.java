package dev.iaclint.core.secrets;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy, the measure of how random a string looks. */
public final class Entropy {
  private Entropy() {}

  /**
   * Bits per character over the string's own character distribution: 0 for {@code "aaaa"}, 2 for
   * {@code "abcd"}, about 4.3 to 5.2 for random base64 of typical key lengths. It can never exceed
   * {@code log2(length)}, so short strings score low whatever their content.
   */
  public static double shannon(CharSequence s) {
    int n = 0;
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      counts.merge(cp, 1, Integer::sum);
      n++;
      i += Character.charCount(cp);
    }
    if (n == 0) {
      return 0;
    }
    double h = 0;
    for (int c : counts.values()) {
      double p = (double) c / n;
      h -= p * (Math.log(p) / Math.log(2));
    }
    return h;
  }

  /** Which character classes occur: lower-case, upper-case, digits, anything else. */
  public static int characterClasses(CharSequence s) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else {
        other = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }

  /** True when every character is a hexadecimal digit. */
  public static boolean isHex(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
