package dev.iaclint.core.suppress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads suppression directives out of comment text: iaclint's own, and those of the scanners teams
 * migrate from (Checkov, tfsec, Trivy, KICS).
 */
public final class DirectiveParser {
  private static final Pattern IACLINT = Pattern.compile("iaclint:ignore(?=\\s|$)(.*)", Pattern.DOTALL);
  private static final Pattern CHECKOV = Pattern.compile("checkov:skip=\\s*([A-Za-z0-9_]+)(?::([^\\n]*))?");
  private static final Pattern TFSEC = Pattern.compile(
      "(tfsec|trivy):ignore:([A-Za-z0-9_*.-]+)(?:\\[[^\\]]*\\])?((?::(?:exp|ws):[^\\s:]+)*)");
  private static final Pattern EXP = Pattern.compile(":exp:([^\\s:]+)");
  private static final Pattern KICS = Pattern.compile("kics-scan\\s+(ignore-line|ignore-block|ignore|disable=([^\\s]+))(?=\\s|$)");

  private DirectiveParser() {}

  public static List<Directive> parse(Comment comment) {
    String text = comment.text();
    List<Directive> result = new ArrayList<>();
    Matcher m = IACLINT.matcher(text);
    if (m.find()) {
      result.add(iaclint(m.group(1), comment));
    }
    m = CHECKOV.matcher(text);
    while (m.find()) {
      String reason = m.group(2) == null ? "" : m.group(2).strip();
      result.add(new Directive("checkov", List.of(m.group(1)), reason, null, Directive.Scope.ATTACHED,
          comment.range(), null));
    }
    m = TFSEC.matcher(text);
    while (m.find()) {
      LocalDate until = null;
      String problem = null;
      Matcher exp = EXP.matcher(m.group(3));
      if (exp.find()) {
        try {
          until = LocalDate.parse(exp.group(1));
        } catch (DateTimeParseException e) {
          problem = "invalid expiry date '" + exp.group(1) + "' (expected YYYY-MM-DD)";
        }
      }
      result.add(new Directive(m.group(1), List.of(m.group(2)), "", until, Directive.Scope.ATTACHED,
          comment.range(), problem));
    }
    m = KICS.matcher(text);
    while (m.find()) {
      String what = m.group(1);
      Directive.Scope scope = switch (what) {
        case "ignore-line" -> Directive.Scope.NEXT_LINE;
        case "ignore-block" -> Directive.Scope.NEXT_BLOCK;
        default -> Directive.Scope.FILE;
      };
      List<String> ids = m.group(2) == null ? List.of() : List.of(m.group(2).split(","));
      result.add(new Directive("kics", ids, "", null, scope, comment.range(), null));
    }
    return result;
  }

  /** {@code ID[,ID…] [reason="…"] [until=YYYY-MM-DD]} */
  private static Directive iaclint(String rest, Comment comment) {
    List<String> ids = new ArrayList<>();
    String reason = "";
    LocalDate until = null;
    String problem = null;
    for (String token : tokens(rest)) {
      int eq = token.indexOf('=');
      if (eq > 0) {
        String key = token.substring(0, eq);
        String value = unquote(token.substring(eq + 1));
        switch (key) {
          case "reason" -> reason = value;
          case "until" -> {
            try {
              until = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
              problem = "invalid date '" + value + "' in until= (expected YYYY-MM-DD)";
            }
          }
          default -> problem = "unknown option '" + key + "' (expected reason= or until=)";
        }
      } else {
        for (String id : token.split(",")) {
          if (!id.isBlank()) {
            ids.add(id.strip());
          }
        }
      }
    }
    if (ids.isEmpty() && problem == null) {
      problem = "iaclint:ignore needs the rule id(s) it suppresses";
    }
    return new Directive("inline", ids, reason, until, Directive.Scope.ATTACHED, comment.range(), problem);
  }

  /** Whitespace-separated tokens; a double-quoted value may hold spaces ({@code reason="a b"}). */
  static List<String> tokens(String s) {
    List<String> tokens = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        cur.append(c);
      } else if (c == '\\' && quoted && i + 1 < s.length()) {
        cur.append(s.charAt(++i));
      } else if (Character.isWhitespace(c) && !quoted) {
        if (cur.length() > 0) {
          tokens.add(cur.toString());
          cur.setLength(0);
        }
      } else if (c == '*' && !quoted && i + 1 < s.length() && s.charAt(i + 1) == '/') {
        break; // the end of a /* */ comment that the scanner kept
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      tokens.add(cur.toString());
    }
    return tokens;
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }
}
