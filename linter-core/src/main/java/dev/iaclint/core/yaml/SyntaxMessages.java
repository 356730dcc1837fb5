package dev.iaclint.core.yaml;

import java.util.Locale;

/**
 * Rewords SnakeYAML and Jackson errors for the person who wrote the file: one line, in YAML/JSON
 * terms, never quoting the input (which may hold a secret) beyond a single character.
 */
final class SyntaxMessages {
  private SyntaxMessages() {}

  static String yaml(String problem, String context, Integer contextLine) {
    String p = problem == null ? "" : problem;
    String c = context == null ? "" : context;
    String where = contextLine == null ? "" : " that starts on line " + contextLine;
    String what;
    if (p.contains("cannot start any token") && (p.contains("\\t") || p.contains("'\t'"))) {
      what = "a tab cannot be used for indentation; use spaces";
    } else if (p.contains("cannot start any token")) {
      what = "unexpected character " + quotedChar(p) + " (it cannot start a value here; quote the value)";
    } else if (p.contains("mapping values are not allowed")) {
      what = "unexpected ':' (a value containing ': ' must be quoted, or the line is mis-indented)";
    } else if (p.contains("could not find expected ':'")) {
      what = "expected ':' after a key (a line is mis-indented, or a multi-line value is not quoted)";
    } else if (p.contains("expected <block end>")) {
      String of = c.contains("sequence") || c.contains("collection") ? "list" : "mapping";
      what = "bad indentation: this line does not line up with the " + of + where;
    } else if (p.contains("did not find expected '-'") || p.contains("expected '-'")) {
      what = "bad indentation: expected a '-' list item like the others in the list" + where;
    } else if (p.contains("did not find expected key")) {
      what = "bad indentation: expected another key of the mapping" + where;
    } else if (p.contains("block sequence entries are not allowed")) {
      what = "a '-' list item is not allowed here (check the indentation)";
    } else if (p.contains("end of stream") && c.contains("quoted")) {
      what = "the file ends inside a quoted string (a closing quote is missing)" + where;
    } else if (p.contains("end of stream")) {
      what = "the file ends too early" + where;
    } else if (p.contains("unknown escape")) {
      what = "unknown escape sequence in a double-quoted string (write \\\\ for a backslash, or use single quotes)";
    } else if (p.contains("expected ',' or ']'")) {
      what = "expected ',' or ']' in the [ … ] list" + where;
    } else if (p.contains("expected ',' or '}'")) {
      what = "expected ',' or '}' in the { … } mapping" + where;
    } else if (p.contains("undefined alias")) {
      what = "an alias refers to an anchor that is not defined before it";
    } else if (p.contains("Number of aliases")) {
      what = "too many aliases of mappings or lists (more than " + Limits.MAX_COLLECTION_ALIASES
          + "); the file is not expanded";
    } else if (p.toLowerCase(Locale.ROOT).contains("nesting depth")) {
      what = "mappings and lists are nested more than " + Limits.MAX_DEPTH + " levels deep";
    } else if (p.contains("expected alphabetic or numeric character")) {
      what = "an anchor or alias name must be letters, digits, '-' or '_'";
    } else if (p.contains("special characters are not allowed")) {
      what = "the file contains a control character that YAML does not allow";
    } else if (p.contains("exceeds the limit")) {
      what = "the file is larger than " + (Limits.MAX_CODE_POINTS / (1024 * 1024)) + " MiB";
    } else if (p.contains("expected '<document start>'")) {
      what = "unexpected content after the end of a document (a line is mis-indented, or '---' is missing)";
    } else if (p.contains("found unexpected ':'")) {
      what = "unexpected ':' (quote the value)";
    } else if (p.contains("tag")) {
      what = "invalid tag";
    } else {
      what = "invalid syntax";
    }
    return "invalid YAML: " + what;
  }

  static String json(String originalMessage) {
    String m = originalMessage == null ? "" : originalMessage;
    String what;
    if (m.startsWith("Unexpected end-of-input")) {
      what = "the file ends before the JSON value is complete (a closing bracket or quote is missing)";
    } else if (m.startsWith("Unexpected character")) {
      what = "unexpected character " + quotedChar(m) + expectation(m);
    } else if (m.startsWith("Unrecognized token") || m.startsWith("Unrecognized character escape")) {
      what = m.startsWith("Unrecognized token")
          ? "unexpected word (strings must be in double quotes; literals are true, false and null)"
          : "unknown escape sequence in a string";
    } else if (m.startsWith("Unexpected close marker")) {
      what = "a closing bracket does not match the opening one";
    } else if (m.contains("Illegal unquoted character")) {
      what = "a control character (such as a tab or newline) must be escaped inside a string";
    } else if (m.contains("Duplicate field")) {
      what = "duplicate key";
    } else if (m.toLowerCase(Locale.ROOT).contains("nesting depth")) {
      what = "objects and arrays are nested more than " + Limits.MAX_DEPTH + " levels deep";
    } else if (m.contains("exceeds the maximum")) {
      what = "a value is too large";
    } else if (m.contains("Invalid numeric value") || m.contains("Leading zeroes")) {
      what = "invalid number";
    } else {
      what = "invalid syntax";
    }
    return "invalid JSON: " + what;
  }

  private static String expectation(String m) {
    if (m.contains("was expecting double-quote to start field name")) {
      return " (a key must be a double-quoted string; is there a trailing comma?)";
    }
    if (m.contains("was expecting comma to separate Object entries")) {
      return " (expected ',' or '}' after a member)";
    }
    if (m.contains("was expecting comma to separate Array entries")) {
      return " (expected ',' or ']' after an element)";
    }
    if (m.contains("was expecting a colon")) {
      return " (expected ':' after a key)";
    }
    if (m.contains("expected a value") || m.contains("expected a valid value")) {
      return " (expected a value)";
    }
    return "";
  }

  /** The single character quoted in a parser message, re-quoted safely; "" when there is none. */
  private static String quotedChar(String m) {
    int q = m.indexOf('\'');
    if (q >= 0 && q + 2 < m.length() && m.charAt(q + 2) == '\'') {
      return describeChar(m.charAt(q + 1));
    }
    // Jackson: Unexpected character ('}' (code 125)); escaped forms: '\t'.
    if (q >= 0 && q + 3 < m.length() && m.charAt(q + 1) == '\\' && m.charAt(q + 3) == '\'') {
      return "'\\" + m.charAt(q + 2) + "'";
    }
    return "";
  }

  private static String describeChar(char c) {
    if (c < 0x20 || c == 0x7f) {
      return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
    return "'" + c + "'";
  }
}
