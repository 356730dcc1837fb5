package dev.iaclint.core.terraform.functions;

import static dev.iaclint.core.terraform.functions.Fn.str;

import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** regex, regexall and replace (whose {@code /pattern/} form is a regex). */
final class RegexFunctions {
  private RegexFunctions() {
  }

  static List<TerraformFunction> all() {
    return List.of(
        Fn.of("regex", RegexFunctions::regex, str("pattern"), str("string")),
        Fn.of("regexall", RegexFunctions::regexall, str("pattern"), str("string")),
        Fn.of("replace", RegexFunctions::replace, str("str"), str("substr"), str("replace")));
  }

  static Re2.Compiled compile(Args a, int argIndex, String pattern) throws FunctionException {
    try {
      Re2.Compiled c = Re2.compile(pattern);
      if (c.anyNamed() && c.anyUnnamed()) {
        throw a.error(argIndex, "invalid regular expression: cannot mix both named and unnamed capture groups");
      }
      return c;
    } catch (Re2.Re2Exception e) {
      throw a.error(argIndex, e.getMessage());
    }
  }

  private static Value regex(Args a) throws FunctionException {
    Re2.Compiled re = compile(a, 0, a.string(0));
    String s = a.string(1);
    try {
      Matcher m = Re2.matcher(re, s);
      if (!m.find()) {
        throw a.error("pattern did not match any part of the given string");
      }
      return result(a, re, m, s);
    } catch (Re2.BudgetExceeded | StackOverflowError e) {
      throw tooExpensive(a);
    }
  }

  private static Value regexall(Args a) throws FunctionException {
    Re2.Compiled re = compile(a, 0, a.string(0));
    String s = a.string(1);
    List<Value> results = new ArrayList<>();
    try {
      Matcher m = Re2.matcher(re, s);
      // Go's FindAll: an empty match right after the previous match is skipped.
      int pos = 0;
      int prevEnd = -1;
      while (pos <= s.length() && m.find(pos)) {
        boolean accept = true;
        if (m.end() == m.start()) {
          if (m.start() == prevEnd) {
            accept = false;
          }
          pos = m.end() < s.length() ? m.end() + Character.charCount(s.codePointAt(m.end())) : m.end() + 1;
        } else {
          pos = m.end();
        }
        prevEnd = m.end();
        if (accept) {
          results.add(result(a, re, m, s));
        }
      }
    } catch (Re2.BudgetExceeded | StackOverflowError e) {
      throw tooExpensive(a);
    }
    return a.list(results);
  }

  private static FunctionException tooExpensive(Args a) {
    return a.error("the regular expression takes too long to evaluate on this input");
  }

  /** The whole match, a tuple of unnamed captures, or an object of named ones; null where a group did not take part. */
  private static Value result(Args a, Re2.Compiled re, Matcher m, String s) {
    if (re.groupCount() == 0) {
      return a.str(s.substring(m.start(), m.end()));
    }
    if (re.anyNamed()) {
      Map<String, Value> groups = new LinkedHashMap<>();
      for (int g = 1; g <= re.groupCount(); g++) {
        groups.put(re.groupNames().get(g - 1), capture(a, m, s, g));
      }
      return a.object(groups);
    }
    List<Value> groups = new ArrayList<>();
    for (int g = 1; g <= re.groupCount(); g++) {
      groups.add(capture(a, m, s, g));
    }
    return a.tuple(groups);
  }

  private static Value capture(Args a, Matcher m, String s, int group) {
    return m.start(group) < 0 ? a.nul() : a.str(s.substring(m.start(group), m.end(group)));
  }

  private static Value replace(Args a) throws FunctionException {
    String s = a.string(0);
    String sub = a.string(1);
    String replacement = a.string(2);
    if (sub.length() > 1 && sub.startsWith("/") && sub.endsWith("/")) {
      Re2.Compiled re = compile(a, 1, sub.substring(1, sub.length() - 1));
      try {
        return a.str(replaceRegex(re, s, replacement));
      } catch (Re2.BudgetExceeded | StackOverflowError e) {
        throw tooExpensive(a);
      }
    }
    return a.str(Text.replaceAll(s, sub, replacement));
  }

  /** Go's Regexp.ReplaceAllString, including its treatment of empty matches and $-expansion. */
  private static String replaceRegex(Re2.Compiled re, String s, String template) {
    Matcher m = Re2.matcher(re, s);
    StringBuilder out = new StringBuilder();
    int searchPos = 0;
    int lastEnd = 0;
    while (searchPos <= s.length() && m.find(searchPos)) {
      out.append(s, lastEnd, m.start());
      if (m.end() > lastEnd || m.start() == 0) {
        expand(out, template, re, m, s);
      }
      lastEnd = m.end();
      int width = searchPos < s.length() ? Character.charCount(s.codePointAt(searchPos)) : 1;
      if (searchPos + width > m.end()) {
        searchPos += width;
      } else if (searchPos + 1 > m.end()) {
        searchPos++;
      } else {
        searchPos = m.end();
      }
    }
    out.append(s.substring(Math.min(lastEnd, s.length())));
    return out.toString();
  }

  /** Go's Regexp.Expand: $1, ${1}, $name, ${name}, $$; an unknown group expands to nothing. */
  private static void expand(StringBuilder out, String template, Re2.Compiled re, Matcher m, String s) {
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '$') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 < template.length() && template.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
        continue;
      }
      String name;
      int next;
      if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
        int close = template.indexOf('}', i + 2);
        name = close < 0 ? "" : template.substring(i + 2, close);
        next = close + 1;
      } else {
        int j = i + 1;
        while (j < template.length() && isNameChar(template.charAt(j))) {
          j++;
        }
        name = template.substring(i + 1, j);
        next = j;
      }
      if (name.isEmpty() || !name.chars().allMatch(ch -> isNameChar((char) ch))) {
        // Malformed: the $ is literal.
        out.append('$');
        i++;
        continue;
      }
      int group = -1;
      if (name.chars().allMatch(Character::isDigit)) {
        group = name.length() > 9 ? -1 : Integer.parseInt(name);
      } else {
        group = re.groupNames().indexOf(name) + 1;
        if (group == 0) {
          group = -1;
        }
      }
      if (group >= 0 && group <= re.groupCount() && m.start(group) >= 0) {
        out.append(s, m.start(group), m.end(group));
      }
      i = next;
    }
  }

  private static boolean isNameChar(char c) {
    return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
