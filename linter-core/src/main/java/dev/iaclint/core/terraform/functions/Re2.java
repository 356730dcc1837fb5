package dev.iaclint.core.terraform.functions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Terraform's regular expressions are RE2 (Go's regexp). This translates an RE2 pattern into an
 * equivalent java.util.regex one, and rejects, with a message, what RE2 itself rejects and Java
 * would accept with another meaning (backreferences, lookaround, possessive quantifiers) or what
 * cannot be translated (the ungreedy flag).
 *
 * <p>Differences handled: {@code (?P<name>…)} groups (names are renamed internally, since RE2 names
 * allow underscores), {@code $} without {@code (?m)} matching only at the very end, {@code .} and
 * anchors treating only {@code \n} as a line end, {@code \s} excluding vertical tab, {@code \v}
 * meaning vertical tab, literal {@code [} and {@code &} inside classes, literal {@code {} where it
 * is not a repeat, POSIX classes, Unicode case folding under {@code (?i)}. Matching runs with a step
 * budget, since Java backtracks where RE2 is linear.
 */
final class Re2 {
  private static final long STEP_BUDGET = 10_000_000L;
  private static final Map<String, String> POSIX = Map.ofEntries(
      Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"), Map.entry("ascii", "\\p{ASCII}"),
      Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"),
      Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"),
      Map.entry("punct", "\\p{Punct}"), Map.entry("space", "[\\t\\n\\x0B\\f\\r ]"),
      Map.entry("upper", "\\p{Upper}"), Map.entry("word", "\\w"), Map.entry("xdigit", "\\p{XDigit}"));

  /** A translated pattern and the RE2 names of its capture groups (null for unnamed ones). */
  record Compiled(Pattern pattern, List<String> groupNames) {
    int groupCount() {
      return groupNames.size();
    }

    boolean anyNamed() {
      return groupNames.stream().anyMatch(n -> n != null);
    }

    boolean anyUnnamed() {
      return groupNames.stream().anyMatch(n -> n == null);
    }
  }

  /** An RE2 pattern Terraform would reject, or one iaclint cannot translate. */
  static final class Re2Exception extends Exception {
    Re2Exception(String message) {
      super(message);
    }
  }

  /** Matching took more steps than RE2's linear time would need: Java backtracking blew up. */
  static final class BudgetExceeded extends RuntimeException {
    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  private Re2() {
  }

  static Compiled compile(String re2) throws Re2Exception {
    Translator t = new Translator(re2);
    String translated = t.translate();
    try {
      Pattern p = Pattern.compile(translated, Pattern.UNIX_LINES | Pattern.UNICODE_CASE);
      return new Compiled(p, Collections.unmodifiableList(new ArrayList<>(t.names)));
    } catch (PatternSyntaxException e) {
      throw new Re2Exception("invalid regular expression");
    } catch (StackOverflowError e) {
      throw new Re2Exception("the regular expression is too deeply nested");
    }
  }

  /** A matcher over {@code input} that gives up (with {@link BudgetExceeded}) instead of running away. */
  static Matcher matcher(Compiled c, String input) {
    return c.pattern().matcher(new Budgeted(input, new long[] {STEP_BUDGET}));
  }

  private static final class Budgeted implements CharSequence {
    private final String s;
    private final long[] budget;

    Budgeted(String s, long[] budget) {
      this.s = s;
      this.budget = budget;
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int index) {
      if (--budget[0] < 0) {
        throw new BudgetExceeded();
      }
      return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return s.subSequence(start, end);
    }

    @Override
    public String toString() {
      return s;
    }
  }

  private static final class Translator {
    private final String in;
    private final StringBuilder out = new StringBuilder();
    private final List<String> names = new ArrayList<>();
    /** Whether (?m) is in force, per open group. */
    private final Deque<Boolean> multiline = new ArrayDeque<>();
    private int i;

    Translator(String in) {
      this.in = in;
    }

    String translate() throws Re2Exception {
      multiline.push(false);
      while (i < in.length()) {
        int c = in.codePointAt(i);
        i += Character.charCount(c);
        switch (c) {
          case '\\' -> escape(false);
          case '[' -> characterClass();
          case '(' -> openGroup();
          case ')' -> {
            if (multiline.size() == 1) {
              throw new Re2Exception("invalid regular expression: unexpected )");
            }
            multiline.pop();
            out.append(')');
          }
          case '$' -> out.append(multiline.peek() ? "$" : "\\z");
          case '*', '+', '?' -> {
            out.appendCodePoint(c);
            quantifierSuffix();
          }
          case '{' -> repeat();
          default -> out.appendCodePoint(c);
        }
      }
      if (multiline.size() != 1) {
        throw new Re2Exception("invalid regular expression: missing closing )");
      }
      return out.toString();
    }

    private void quantifierSuffix() throws Re2Exception {
      if (i < in.length() && in.charAt(i) == '?') {
        out.append('?');
        i++;
      }
      if (i < in.length() && (in.charAt(i) == '+' || in.charAt(i) == '*')) {
        throw new Re2Exception("invalid regular expression: invalid nested repetition operator");
      }
    }

    private void repeat() throws Re2Exception {
      Matcher m = Pattern.compile("\\{(\\d+)(,(\\d*))?}").matcher(in);
      if (m.find(i - 1) && m.start() == i - 1) {
        long min = Long.parseLong(m.group(1).length() > 6 ? "9999999" : m.group(1));
        String maxText = m.group(3);
        long max = maxText == null ? min : maxText.isEmpty() ? min : Long.parseLong(maxText.length() > 6 ? "9999999" : maxText);
        if (min > 1000 || max > 1000 || max < min) {
          throw new Re2Exception("invalid regular expression: invalid repeat count");
        }
        out.append(m.group());
        i = m.end();
        quantifierSuffix();
      } else {
        out.append("\\{");
      }
    }

    private void openGroup() throws Re2Exception {
      if (!in.startsWith("?", i)) {
        names.add(null);
        out.append('(');
        multiline.push(multiline.peek());
        return;
      }
      i++;
      if (in.startsWith("P<", i) || (in.startsWith("<", i) && !in.startsWith("<=", i) && !in.startsWith("<!", i))) {
        i += in.startsWith("P<", i) ? 2 : 1;
        int close = in.indexOf('>', i);
        String name = close < 0 ? "" : in.substring(i, close);
        if (close < 0 || name.isEmpty() || !name.matches("[A-Za-z0-9_]+")) {
          throw new Re2Exception("invalid regular expression: invalid named capture group");
        }
        if (names.contains(name)) {
          throw new Re2Exception("invalid regular expression: duplicate capture group name " + name);
        }
        names.add(name);
        i = close + 1;
        // Java numbers named and unnamed groups alike, so a plain group keeps the numbering.
        out.append('(');
        multiline.push(multiline.peek());
        return;
      }
      if (in.startsWith("=", i) || in.startsWith("!", i) || in.startsWith("<", i) || in.startsWith(">", i)) {
        throw new Re2Exception("invalid regular expression: lookahead, lookbehind and atomic groups are not "
            + "supported by Terraform's regular expression syntax (RE2)");
      }
      // Flags: (?flags) or (?flags:...)
      int start = i;
      boolean negate = false;
      Boolean m = multiline.peek();
      while (i < in.length() && in.charAt(i) != ')' && in.charAt(i) != ':') {
        char f = in.charAt(i++);
        switch (f) {
          case 'i', 's' -> { }
          case 'm' -> m = !negate;
          case '-' -> {
            if (negate) {
              throw new Re2Exception("invalid regular expression: invalid or unsupported Perl syntax");
            }
            negate = true;
          }
          case 'U' -> throw new Re2Exception("invalid regular expression: the U (ungreedy) flag cannot be "
              + "translated; write lazy quantifiers such as *? instead");
          default -> throw new Re2Exception("invalid regular expression: invalid or unsupported Perl syntax");
        }
      }
      if (i >= in.length()) {
        throw new Re2Exception("invalid regular expression: missing closing )");
      }
      String flags = in.substring(start, i);
      char end = in.charAt(i++);
      out.append("(?").append(flags).append(end);
      if (end == ':') {
        multiline.push(m);
      } else {
        multiline.pop();
        multiline.push(m);
      }
    }

    /** After a backslash; inside a character class when {@code inClass}. */
    private void escape(boolean inClass) throws Re2Exception {
      if (i >= in.length()) {
        throw new Re2Exception("invalid regular expression: trailing backslash at end of expression");
      }
      int c = in.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '1', '2', '3', '4', '5', '6', '7', '0' -> {
          int value = c - '0';
          int digits = 1;
          while (digits < 3 && i < in.length() && in.charAt(i) >= '0' && in.charAt(i) <= '7') {
            value = value * 8 + (in.charAt(i++) - '0');
            digits++;
          }
          if (c != '0' && digits == 1) {
            throw new Re2Exception("invalid regular expression: backreferences are not supported by "
                + "Terraform's regular expression syntax (RE2)");
          }
          out.append(String.format("\\x{%x}", value));
        }
        case 'a' -> out.append("\\x07");
        case 'v' -> out.append("\\x0B");
        case 'f', 't', 'n', 'r', 'd', 'D', 'w', 'W' -> out.append('\\').appendCodePoint(c);
        case 'b', 'B', 'A', 'z' -> {
          if (inClass) {
            throw new Re2Exception("invalid regular expression: invalid escape sequence");
          }
          out.append('\\').appendCodePoint(c);
        }
        case 's' -> out.append("[\\t\\n\\f\\r ]");
        case 'S' -> out.append("[^\\t\\n\\f\\r ]");
        case 'x' -> hexEscape();
        case 'p', 'P' -> unicodeClass(c == 'P');
        case 'Q' -> {
          if (inClass) {
            throw new Re2Exception("invalid regular expression: invalid escape sequence");
          }
          int e = in.indexOf("\\E", i);
          String literal = e < 0 ? in.substring(i) : in.substring(i, e);
          i = e < 0 ? in.length() : e + 2;
          out.append(Pattern.quote(literal));
        }
        default -> {
          if (c < 0x80 && !Character.isLetterOrDigit(c)) {
            out.append('\\').appendCodePoint(c);
          } else {
            throw new Re2Exception("invalid regular expression: invalid escape sequence");
          }
        }
      }
    }

    private void hexEscape() throws Re2Exception {
      Matcher m = Pattern.compile("\\{([0-9A-Fa-f]{1,8})}|([0-9A-Fa-f]{2})").matcher(in);
      if (!m.find(i) || m.start() != i) {
        throw new Re2Exception("invalid regular expression: invalid escape sequence");
      }
      long value = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2), 16);
      if (value > 0x10FFFF) {
        throw new Re2Exception("invalid regular expression: invalid escape sequence");
      }
      out.append(String.format("\\x{%x}", value));
      i = m.end();
    }

    private void unicodeClass(boolean negated) throws Re2Exception {
      String name;
      if (in.startsWith("{", i)) {
        int close = in.indexOf('}', i);
        if (close < 0) {
          throw new Re2Exception("invalid regular expression: invalid character class range");
        }
        name = in.substring(i + 1, close);
        i = close + 1;
      } else if (i < in.length()) {
        name = in.substring(i, i + 1);
        i++;
      } else {
        throw new Re2Exception("invalid regular expression: invalid character class range");
      }
      if (name.startsWith("^")) {
        negated = !negated;
        name = name.substring(1);
      }
      if (!name.matches("[A-Za-z_]+")) {
        throw new Re2Exception("invalid regular expression: invalid character class range");
      }
      String javaName;
      if (name.equals("Any")) {
        out.append(negated ? "[^\\x{0}-\\x{10FFFF}]" : "[\\x{0}-\\x{10FFFF}]");
        return;
      } else if (name.length() <= 2) {
        javaName = name;
      } else {
        javaName = "Is" + name;
      }
      String candidate = (negated ? "\\P{" : "\\p{") + javaName + "}";
      try {
        Pattern.compile(candidate);
      } catch (PatternSyntaxException e) {
        throw new Re2Exception("invalid regular expression: invalid character class range");
      }
      out.append(candidate);
    }

    private void characterClass() throws Re2Exception {
      out.append('[');
      if (in.startsWith("^", i)) {
        out.append('^');
        i++;
      }
      boolean first = true;
      while (true) {
        if (i >= in.length()) {
          throw new Re2Exception("invalid regular expression: missing closing ]");
        }
        int c = in.codePointAt(i);
        if (c == ']' && !first) {
          i++;
          out.append(']');
          return;
        }
        first = false;
        if (c == '[' && in.startsWith("[:", i)) {
          int close = in.indexOf(":]", i + 2);
          if (close > 0) {
            String name = in.substring(i + 2, close);
            boolean negated = name.startsWith("^");
            String javaClass = POSIX.get(negated ? name.substring(1) : name);
            if (javaClass == null) {
              throw new Re2Exception("invalid regular expression: invalid character class range");
            }
            // A nested class is a union in Java; negation of a POSIX class becomes [^…].
            out.append(negated ? "[^" + javaClass + "]" : javaClass);
            i = close + 2;
            continue;
          }
        }
        i += Character.charCount(c);
        switch (c) {
          case '\\' -> escape(true);
          case '[', '&', ']', '^' -> out.append('\\').appendCodePoint(c);
          default -> out.appendCodePoint(c);
        }
      }
    }
  }
}
