package dev.iaclint.core.terraform.functions;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/** Go-compatible text helpers: grapheme clusters, Go's notion of white space and case mapping. */
final class Text {
  private Text() {
  }

  /** The user-perceived characters of {@code s}, as Terraform's length, substr and strrev count them. */
  static List<String> graphemes(String s) {
    List<String> out = new ArrayList<>();
    BreakIterator it = BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
    it.setText(s);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(s.substring(start, end));
    }
    return out;
  }

  /** Go's unicode.IsSpace. */
  static boolean isSpace(int c) {
    return switch (c) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
      default -> c >= 0x2000 && c <= 0x200A;
    };
  }

  /** Go's strings.TrimSpace. */
  static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** Per-code-point case mapping, as Go's strings.ToLower/ToUpper (no locale, no expansions). */
  static String mapCase(String s, boolean upper) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(upper ? Character.toUpperCase(c) : Character.toLowerCase(c)));
    return sb.toString();
  }

  /** Go's strings.Title: the first letter of each word in title case. */
  static String title(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int prev = ' ';
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      sb.appendCodePoint(isSeparator(prev) ? Character.toTitleCase(c) : c);
      prev = c;
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  private static boolean isSeparator(int c) {
    if (c <= 0x7F) {
      return !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_');
    }
    if (Character.isLetter(c) || Character.isDigit(c)) {
      return false;
    }
    return isSpace(c);
  }

  /** Go's strings.Split: with an empty separator, one element per code point. */
  static List<String> split(String s, String sep) {
    List<String> out = new ArrayList<>();
    if (sep.isEmpty()) {
      s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
      return out;
    }
    int from = 0;
    for (int at = s.indexOf(sep); at >= 0; at = s.indexOf(sep, from)) {
      out.add(s.substring(from, at));
      from = at + sep.length();
    }
    out.add(s.substring(from));
    return out;
  }

  /** Go's strings.ReplaceAll: an empty {@code old} inserts {@code replacement} around every code point. */
  static String replaceAll(String s, String old, String replacement) {
    if (!old.isEmpty()) {
      return s.replace(old, replacement);
    }
    StringBuilder sb = new StringBuilder(replacement);
    s.codePoints().forEach(c -> sb.appendCodePoint(c).append(replacement));
    return sb.toString();
  }
}
