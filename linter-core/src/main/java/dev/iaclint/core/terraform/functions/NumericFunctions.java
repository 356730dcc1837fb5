package dev.iaclint.core.terraform.functions;

import static dev.iaclint.core.terraform.functions.Fn.num;
import static dev.iaclint.core.terraform.functions.Fn.str;

import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/** abs, ceil, floor, log, max, min, parseint, pow, signum. */
final class NumericFunctions {
  private NumericFunctions() {
  }

  static List<TerraformFunction> all() {
    return List.of(
        Fn.of("abs", a -> a.num(a.number(0).abs()), num("num")),
        Fn.of("ceil", a -> a.num(a.number(0).setScale(0, RoundingMode.CEILING)), num("num")),
        Fn.of("floor", a -> a.num(a.number(0).setScale(0, RoundingMode.FLOOR)), num("num")),
        Fn.of("signum", a -> a.num(a.number(0).signum()), num("num")),
        Fn.of("log", NumericFunctions::log, num("num"), num("base")),
        Fn.of("pow", NumericFunctions::pow, num("num"), num("power")),
        Fn.variadic("max", num("numbers"), a -> extreme(a, true)),
        Fn.variadic("min", num("numbers"), a -> extreme(a, false)),
        Fn.of("parseint", NumericFunctions::parseint, str("number"), num("base")));
  }

  private static Value log(Args a) throws FunctionException {
    // Terraform computes log in float64: math.Log(num) / math.Log(base).
    double r = Math.log(a.number(0).doubleValue()) / Math.log(a.number(1).doubleValue());
    return finite(a, r, "log");
  }

  private static Value pow(Args a) throws FunctionException {
    BigDecimal base = a.number(0);
    BigDecimal power = a.number(1);
    // Terraform computes in float64; whole results below 2^53 are exact there, so compute them exactly.
    if (power.signum() >= 0 && power.stripTrailingZeros().scale() <= 0 && base.stripTrailingZeros().scale() <= 0
        && power.compareTo(BigDecimal.valueOf(64)) <= 0 && base.abs().compareTo(BigDecimal.valueOf(1L << 53)) < 0) {
      BigDecimal exact = base.pow(power.intValueExact());
      if (exact.abs().compareTo(BigDecimal.valueOf(1L << 53)) < 0) {
        return a.num(exact);
      }
    }
    return finite(a, Math.pow(base.doubleValue(), power.doubleValue()), "pow");
  }

  private static Value finite(Args a, double r, String fn) {
    if (Double.isNaN(r) || Double.isInfinite(r)) {
      // Terraform's numbers can be infinite; iaclint's cannot, so the result is not computed.
      return a.unknown(fn + "() gives a result that is not a finite number");
    }
    return a.num(new BigDecimal(Double.toString(r)));
  }

  private static Value extreme(Args a, boolean max) throws FunctionException {
    if (a.size() == 0) {
      throw a.error("must pass at least one number");
    }
    BigDecimal best = a.number(0);
    for (int i = 1; i < a.size(); i++) {
      BigDecimal n = a.number(i);
      if (max ? n.compareTo(best) > 0 : n.compareTo(best) < 0) {
        best = n;
      }
    }
    return a.num(best);
  }

  private static Value parseint(Args a) throws FunctionException {
    String s = a.string(0);
    BigDecimal baseNum = a.number(1);
    if (baseNum.stripTrailingZeros().scale() > 0 || baseNum.compareTo(BigDecimal.valueOf(2)) < 0
        || baseNum.compareTo(BigDecimal.valueOf(62)) > 0) {
      throw a.error(1, "base must be a whole number between 2 and 62 inclusive");
    }
    int base = baseNum.intValue();
    String digits = s;
    boolean negative = false;
    if (digits.startsWith("-") || digits.startsWith("+")) {
      negative = digits.charAt(0) == '-';
      digits = digits.substring(1);
    }
    if (digits.isEmpty()) {
      throw a.error(0, "cannot parse the given string as a base " + base + " integer");
    }
    BigInteger result = BigInteger.ZERO;
    BigInteger b = BigInteger.valueOf(base);
    for (int i = 0; i < digits.length(); i++) {
      int d = digitValue(digits.charAt(i), base);
      if (d < 0 || d >= base) {
        throw a.error(0, "cannot parse the given string as a base " + base + " integer");
      }
      result = result.multiply(b).add(BigInteger.valueOf(d));
    }
    return a.num(new BigDecimal(negative ? result.negate() : result));
  }

  /** Go's big.Int digits: case-insensitive up to base 36; above that 'A'-'Z' are 36-61. */
  private static int digitValue(char c, int base) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    } else if (c >= 'a' && c <= 'z') {
      return c - 'a' + 10;
    } else if (c >= 'A' && c <= 'Z') {
      return base <= 36 ? c - 'A' + 10 : c - 'A' + 36;
    }
    return -1;
  }
}
