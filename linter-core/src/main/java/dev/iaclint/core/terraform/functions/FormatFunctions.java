package dev.iaclint.core.terraform.functions;

import static dev.iaclint.core.terraform.functions.Fn.str;

import dev.iaclint.core.terraform.ConversionException;
import dev.iaclint.core.terraform.Conversions;
import dev.iaclint.core.terraform.TerraformType;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** format and formatlist: Terraform's printf-like verbs over values. */
final class FormatFunctions {
  private FormatFunctions() {
  }

  static List<TerraformFunction> all() {
    Param args = Fn.any("args").nullable();
    return List.of(
        Fn.variadic("format", args, a -> a.str(format(a, a.string(0), a.from(1))), str("format")),
        Fn.variadic("formatlist", args.unknowable(), FormatFunctions::formatlist, str("format")));
  }

  private static Value formatlist(Args a) throws FunctionException {
    String fmt = a.string(0);
    List<Value> args = a.from(1);
    int length = -1;
    int lengthArg = -1;
    for (int i = 0; i < args.size(); i++) {
      Value v = args.get(i);
      if (v instanceof UnknownValue) {
        // An unknown argument may be a list of any length: the whole result is unknown.
        Args.known(v);
      }
      if (v instanceof ListValue l) {
        if (l.kind() == ListValue.Kind.SET) {
          throw a.error(i + 1, "formatlist does not accept sets, whose elements have no order; use tolist first");
        }
        if (length >= 0 && l.size() != length) {
          throw a.error(i + 1, "argument " + (i + 1) + " has length " + l.size()
              + ", which is inconsistent with argument " + (lengthArg + 1) + " of length " + length);
        }
        length = l.size();
        lengthArg = i;
      }
    }
    if (length < 0) {
      length = 1;
    }
    List<Value> results = new ArrayList<>(length);
    for (int n = 0; n < length; n++) {
      List<Value> row = new ArrayList<>(args.size());
      for (Value v : args) {
        row.add(v instanceof ListValue l ? l.get(n) : v);
      }
      try {
        results.add(a.str(format(a, fmt, row)));
      } catch (Fn.UnknownSignal s) {
        results.add(Args.unknownLike(s.unknown, a.range()));
      }
    }
    return a.list(results);
  }

  /** One format string applied to {@code args}; argument errors name argument i+1 of the call. */
  static String format(Args a, String fmt, List<Value> args) throws FunctionException {
    StringBuilder out = new StringBuilder();
    int next = 0;
    int used = 0;
    boolean anyVerb = false;
    int i = 0;
    while (i < fmt.length()) {
      char c = fmt.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      i++;
      if (i < fmt.length() && fmt.charAt(i) == '%') {
        out.append('%');
        i++;
        continue;
      }
      boolean plus = false;
      boolean minus = false;
      boolean sharp = false;
      boolean space = false;
      boolean zero = false;
      for (; i < fmt.length(); i++) {
        char f = fmt.charAt(i);
        if (f == '+') {
          plus = true;
        } else if (f == '-') {
          minus = true;
        } else if (f == '#') {
          sharp = true;
        } else if (f == ' ') {
          space = true;
        } else if (f == '0') {
          zero = true;
        } else {
          break;
        }
      }
      int argIndex = -1;
      if (i < fmt.length() && fmt.charAt(i) == '[') {
        int close = fmt.indexOf(']', i);
        String n = close < 0 ? "" : fmt.substring(i + 1, close);
        if (!n.matches("[1-9][0-9]{0,5}")) {
          throw a.error(0, "invalid explicit argument index at offset " + i);
        }
        argIndex = Integer.parseInt(n) - 1;
        i = close + 1;
      }
      int width = -1;
      int ws = i;
      while (i < fmt.length() && Character.isDigit(fmt.charAt(i)) && i - ws < 6) {
        i++;
      }
      if (i > ws) {
        width = Integer.parseInt(fmt.substring(ws, i));
      }
      int precision = -1;
      if (i < fmt.length() && fmt.charAt(i) == '.') {
        i++;
        int ps = i;
        while (i < fmt.length() && Character.isDigit(fmt.charAt(i)) && i - ps < 6) {
          i++;
        }
        precision = i > ps ? Integer.parseInt(fmt.substring(ps, i)) : 0;
      }
      if (i < fmt.length() && fmt.charAt(i) == '[' && argIndex < 0) {
        int close = fmt.indexOf(']', i);
        String n = close < 0 ? "" : fmt.substring(i + 1, close);
        if (!n.matches("[1-9][0-9]{0,5}")) {
          throw a.error(0, "invalid explicit argument index at offset " + i);
        }
        argIndex = Integer.parseInt(n) - 1;
        i = close + 1;
      }
      if (i >= fmt.length()) {
        throw a.error(0, "unterminated format sequence at offset " + start);
      }
      int verb = fmt.codePointAt(i);
      i += Character.charCount(verb);
      anyVerb = true;
      int index = argIndex >= 0 ? argIndex : next;
      String spec = fmt.substring(start, i);
      if (index >= args.size()) {
        throw a.error("not enough arguments for \"" + spec + "\" at offset " + start + ": need index " + (index + 1)
            + " but have " + args.size() + " total");
      }
      next = index + 1;
      used = Math.max(used, next);
      Value arg = args.get(index);
      String text = formatOne(a, spec, start, (char) verb, arg, sharp, plus, space, precision);
      boolean numeric = "bdoxXeEfgG".indexOf(verb) >= 0;
      out.append(pad(text, width, minus, zero && numeric && !minus));
    }
    if (used < args.size()) {
      throw a.error(anyVerb
          ? "too many arguments; only " + used + " used by format string"
          : "too many arguments; no verbs in format string");
    }
    return out.toString();
  }

  private static String formatOne(Args a, String spec, int offset, char verb, Value arg, boolean sharp,
      boolean plus, boolean space, int precision) throws FunctionException {
    Args.known(arg);
    String where = "unsupported value for \"" + spec + "\" at offset " + offset + ": ";
    if (arg instanceof NullValue && verb != 'v') {
      throw a.error(where + "null value cannot be formatted");
    }
    switch (verb) {
      case 'v' -> {
        Args.whollyKnown(arg);
        if (sharp) {
          return Json.encode(arg);
        }
        if (arg instanceof StringValue || arg instanceof NumberValue || arg instanceof BoolValue) {
          return ((StringValue) convert(a, arg, TerraformType.STRING, where)).value();
        }
        return Json.encode(arg);
      }
      case 's', 'q' -> {
        String s = ((StringValue) convert(a, arg, TerraformType.STRING, where)).value();
        if (precision >= 0) {
          int cut = s.offsetByCodePoints(0, Math.min(precision, s.codePointCount(0, s.length())));
          s = s.substring(0, cut);
        }
        return verb == 'q' ? Json.quote(s) : s;
      }
      case 't' -> {
        return Boolean.toString(((BoolValue) convert(a, arg, TerraformType.BOOL, where)).value());
      }
      case 'b', 'd', 'o', 'x', 'X', 'e', 'E', 'f', 'g', 'G' -> {
        BigDecimal n = ((NumberValue) convert(a, arg, TerraformType.NUMBER, where)).value();
        String body = number(a, n.abs(), verb, sharp, precision, where);
        String sign = n.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
        return sign + body;
      }
      default -> throw a.error(0, "unrecognized format verb '" + verb + "' at offset " + offset);
    }
  }

  private static Value convert(Args a, Value v, TerraformType t, String where) throws FunctionException {
    try {
      return Conversions.convert(v, t);
    } catch (ConversionException e) {
      throw a.error(where + e.getMessage());
    }
  }

  private static String number(Args a, BigDecimal n, char verb, boolean sharp, int precision, String where)
      throws FunctionException {
    switch (verb) {
      case 'b', 'd', 'o', 'x', 'X' -> {
        BigInteger i;
        try {
          i = n.toBigIntegerExact();
        } catch (ArithmeticException e) {
          throw a.error(where + "an integer is required");
        }
        int radix = verb == 'b' ? 2 : verb == 'o' ? 8 : verb == 'd' ? 10 : 16;
        String s = i.toString(radix);
        if (verb == 'X') {
          s = s.toUpperCase(java.util.Locale.ROOT);
        }
        if (sharp && verb == 'o') {
          s = "0" + s;
        } else if (sharp && (verb == 'x' || verb == 'X')) {
          s = (verb == 'x' ? "0x" : "0X") + s;
        }
        return s;
      }
      case 'f' -> {
        return n.setScale(precision < 0 ? 6 : precision, RoundingMode.HALF_EVEN).toPlainString();
      }
      case 'e', 'E' -> {
        String s = exponent(n, precision < 0 ? 6 : precision);
        return verb == 'E' ? s.toUpperCase(java.util.Locale.ROOT) : s;
      }
      default -> {
        String s = general(n, precision);
        return verb == 'G' ? s.toUpperCase(java.util.Locale.ROOT) : s;
      }
    }
  }

  /** Go's %e: d.ddde±XX with at least two exponent digits. */
  private static String exponent(BigDecimal n, int precision) {
    if (n.signum() == 0) {
      return (precision > 0 ? "0." + "0".repeat(precision) : "0") + "e+00";
    }
    BigDecimal rounded = n.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
    int exp = rounded.precision() - rounded.scale() - 1;
    String digits = rounded.unscaledValue().toString();
    digits = (digits + "0".repeat(Math.max(0, precision + 1 - digits.length()))).substring(0, precision + 1);
    String mantissa = precision > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits.substring(0, 1);
    return mantissa + exponentSuffix(exp);
  }

  private static String exponentSuffix(int exp) {
    String e = Integer.toString(Math.abs(exp));
    return (exp < 0 ? "e-" : "e+") + (e.length() < 2 ? "0" + e : e);
  }

  /** Go's %g for big.Float: shortest digits, exponent form when the exponent is < -4 or >= the precision. */
  private static String general(BigDecimal n, int precision) {
    if (n.signum() == 0) {
      return "0";
    }
    BigDecimal d = precision < 0 ? n : n.round(new MathContext(Math.max(precision, 1), RoundingMode.HALF_EVEN));
    d = d.stripTrailingZeros();
    int nd = d.precision();
    int exp = nd - d.scale() - 1;
    int eprec = precision < 0 ? 6 : Math.max(precision, 1);
    if (precision >= 0 && eprec > nd && nd >= exp + 1) {
      eprec = nd;
    }
    if (exp < -4 || exp >= eprec) {
      String digits = d.unscaledValue().toString();
      String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
      return mantissa + exponentSuffix(exp);
    }
    return d.toPlainString();
  }

  private static String pad(String s, int width, boolean left, boolean zeros) {
    int len = s.codePointCount(0, s.length());
    if (width <= len) {
      return s;
    }
    String fill = (zeros ? "0" : " ").repeat(width - len);
    if (left) {
      return s + fill;
    }
    if (zeros && !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == ' ')) {
      return s.charAt(0) + fill + s.substring(1);
    }
    return fill + s;
  }
}
