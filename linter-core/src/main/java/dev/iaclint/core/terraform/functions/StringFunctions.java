package dev.iaclint.core.terraform.functions;

import static dev.iaclint.core.terraform.functions.Fn.num;
import static dev.iaclint.core.terraform.functions.Fn.str;

import dev.iaclint.core.terraform.TerraformType;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;

/** The string functions except format, formatlist and the regex ones. */
final class StringFunctions {
  private StringFunctions() {
  }

  static List<TerraformFunction> all() {
    return List.of(
        Fn.of("chomp", a -> a.str(chomp(a.string(0))), str("str")),
        Fn.of("endswith", a -> a.bool(a.string(0).endsWith(a.string(1))), str("str"), str("suffix")),
        Fn.of("startswith", a -> a.bool(a.string(0).startsWith(a.string(1))), str("str"), str("prefix")),
        Fn.of("strcontains", a -> a.bool(a.string(0).contains(a.string(1))), str("str"), str("substr")),
        Fn.of("indent", StringFunctions::indent, num("spaces"), str("str")),
        Fn.variadic("join", Param.of("lists", TerraformType.list(TerraformType.STRING)), StringFunctions::join,
            str("separator")),
        Fn.of("lower", a -> a.str(Text.mapCase(a.string(0), false)), str("str")),
        Fn.of("upper", a -> a.str(Text.mapCase(a.string(0), true)), str("str")),
        Fn.of("split", StringFunctions::split, str("separator"), str("str")),
        Fn.of("strrev", StringFunctions::strrev, str("str")),
        Fn.of("substr", StringFunctions::substr, str("str"), num("offset"), num("length")),
        Fn.of("title", a -> a.str(Text.title(a.string(0))), str("str")),
        Fn.of("trim", StringFunctions::trim, str("str"), str("cutset")),
        Fn.of("trimprefix", a -> {
          String s = a.string(0);
          String p = a.string(1);
          return a.str(s.startsWith(p) ? s.substring(p.length()) : s);
        }, str("str"), str("prefix")),
        Fn.of("trimsuffix", a -> {
          String s = a.string(0);
          String p = a.string(1);
          return a.str(s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
        }, str("str"), str("suffix")),
        Fn.of("trimspace", a -> a.str(Text.trimSpace(a.string(0))), str("str")));
  }

  /** Removes every trailing newline: {@code \n}, {@code \r\n} or {@code \r}. */
  private static String chomp(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }

  private static Value indent(Args a) throws FunctionException {
    int spaces = a.integer(0);
    if (spaces < 0) {
      throw a.error(0, "the number of spaces must not be negative");
    }
    return a.str(a.string(1).replace("\n", "\n" + " ".repeat(spaces)));
  }

  private static Value join(Args a) throws FunctionException {
    String sep = a.string(0);
    if (a.size() < 2) {
      throw a.error("at least one list is required");
    }
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (int i = 1; i < a.size(); i++) {
      ListValue list = (ListValue) Args.known(a.get(i));
      for (int j = 0; j < list.size(); j++) {
        Value e = Args.known(list.get(j));
        if (e instanceof NullValue) {
          throw a.error(i, "element " + j + " is null; cannot concatenate null values");
        }
        if (!first) {
          sb.append(sep);
        }
        sb.append(((StringValue) e).value());
        first = false;
      }
    }
    return a.str(sb.toString());
  }

  private static Value split(Args a) {
    List<Value> parts = new ArrayList<>();
    for (String p : Text.split(a.string(1), a.string(0))) {
      parts.add(a.str(p));
    }
    return a.list(parts);
  }

  private static Value strrev(Args a) {
    List<String> g = Text.graphemes(a.string(0));
    StringBuilder sb = new StringBuilder();
    for (int i = g.size() - 1; i >= 0; i--) {
      sb.append(g.get(i));
    }
    return a.str(sb.toString());
  }

  /** cty's substr, step for step: counts grapheme clusters; a negative offset counts from the end. */
  private static Value substr(Args a) throws FunctionException {
    List<String> g = Text.graphemes(a.string(0));
    int offset = a.integer(1);
    int length = a.integer(2);
    int n = g.size();
    if (offset < 0) {
      offset += n;
    } else if (length == 0) {
      return a.str("");
    }
    int pos = 0;
    int start = 0;
    if (offset > 0) {
      int i = 0;
      while (i < n) {
        i++;
        pos++;
        if (pos == offset) {
          break;
        }
        if (i >= n) {
          return a.str("");
        }
      }
      start = i;
    }
    if (length < 0) {
      return a.str(String.join("", g.subList(start, n)));
    }
    int end = start;
    while (end < n) {
      end++;
      pos++;
      if (pos == offset + length) {
        break;
      }
    }
    return a.str(String.join("", g.subList(start, end)));
  }

  private static Value trim(Args a) {
    String s = a.string(0);
    String cutset = a.string(1);
    int start = 0;
    int end = s.length();
    while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return a.str(s.substring(start, end));
  }
}
