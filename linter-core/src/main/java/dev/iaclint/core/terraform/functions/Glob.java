package dev.iaclint.core.terraform.functions;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The glob syntax of Terraform's fileset (the doublestar library): {@code *} and {@code ?} within
 * one path segment, {@code **} as a whole segment for any number of directories, {@code [...]}
 * classes (negated with {@code ^} or {@code !}), {@code {a,b}} alternatives and {@code \} escapes.
 */
final class Glob {
  private Glob() {
  }

  static final class GlobException extends Exception {
    GlobException(String message) {
      super(message);
    }
  }

  /** Whether the glob has any special characters. */
  static boolean isLiteral(String segment) {
    return segment.chars().noneMatch(c -> c == '*' || c == '?' || c == '[' || c == '{' || c == '\\');
  }

  /** A regex matching slash-separated relative paths against {@code glob}. */
  static Pattern compile(String glob) throws GlobException {
    StringBuilder re = new StringBuilder();
    translate(glob, 0, glob.length(), re, 0);
    try {
      return Pattern.compile(re.toString());
    } catch (PatternSyntaxException e) {
      throw new GlobException("invalid glob pattern");
    }
  }

  private static void translate(String g, int from, int to, StringBuilder re, int depth) throws GlobException {
    if (depth > 10) {
      throw new GlobException("invalid glob pattern: alternatives nested too deeply");
    }
    int i = from;
    while (i < to) {
      char c = g.charAt(i);
      boolean segmentStart = i == 0 || g.charAt(i - 1) == '/';
      if (c == '*' && i + 1 < to && g.charAt(i + 1) == '*' && segmentStart
          && (i + 2 == to || g.charAt(i + 2) == '/')) {
        if (i + 2 == to) {
          re.append(".*");
          i += 2;
        } else {
          // "**/" matches zero or more whole directories.
          re.append("(?:[^/]*/)*");
          i += 3;
        }
        continue;
      }
      switch (c) {
        case '*' -> {
          re.append("[^/]*");
          while (i + 1 < to && g.charAt(i + 1) == '*') {
            i++;
          }
        }
        case '?' -> re.append("[^/]");
        case '\\' -> {
          if (i + 1 >= to) {
            throw new GlobException("invalid glob pattern: trailing backslash");
          }
          i++;
          re.append(Pattern.quote(String.valueOf(g.charAt(i))));
        }
        case '[' -> {
          int close = g.indexOf(']', i + 2);
          if (close < 0 || close >= to) {
            throw new GlobException("invalid glob pattern: unclosed [");
          }
          String body = g.substring(i + 1, close);
          StringBuilder cls = new StringBuilder("[");
          int k = 0;
          if (body.startsWith("^") || body.startsWith("!")) {
            cls.append('^');
            k = 1;
          }
          for (; k < body.length(); k++) {
            char b = body.charAt(k);
            if (b == '\\' && k + 1 < body.length()) {
              k++;
              b = body.charAt(k);
              cls.append('\\').append(b);
            } else if (b == '-') {
              cls.append('-');
            } else if (Character.isLetterOrDigit(b)) {
              cls.append(b);
            } else {
              cls.append('\\').append(b);
            }
          }
          // A class never matches the separator.
          re.append("(?!/)").append(cls).append(']');
          i = close;
        }
        case '{' -> {
          int close = matchingBrace(g, i, to);
          re.append("(?:");
          int start = i + 1;
          int level = 0;
          for (int k = i + 1; k < close; k++) {
            char b = g.charAt(k);
            if (b == '\\') {
              k++;
            } else if (b == '{') {
              level++;
            } else if (b == '}') {
              level--;
            } else if (b == ',' && level == 0) {
              translate(g, start, k, re, depth + 1);
              re.append('|');
              start = k + 1;
            }
          }
          translate(g, start, close, re, depth + 1);
          re.append(')');
          i = close;
        }
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
  }

  private static int matchingBrace(String g, int open, int to) throws GlobException {
    int level = 0;
    for (int k = open; k < to; k++) {
      char b = g.charAt(k);
      if (b == '\\') {
        k++;
      } else if (b == '{') {
        level++;
      } else if (b == '}' && --level == 0) {
        return k;
      }
    }
    throw new GlobException("invalid glob pattern: unclosed {");
  }
}
