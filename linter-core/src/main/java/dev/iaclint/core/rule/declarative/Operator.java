package dev.iaclint.core.rule.declarative;

import dev.iaclint.core.net.Cidr;
import dev.iaclint.core.net.PortRange;
import dev.iaclint.core.net.Protocol;
import dev.iaclint.core.rule.AttributePath;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test on one value. Each operator knows its answer for a value, its answer when the attribute
 * is absent and no default is documented, and how to describe what it saw without quoting a
 * configuration string it does not itself name.
 */
sealed interface Operator {

  /** The answer for a present, known value. */
  boolean test(Value value);

  /** The answer when the attribute is absent and the rule gives no {@code whenAbsent} default. */
  boolean absent();

  /** What was seen, for the finding message ({@code acl = "public-read"}). */
  String describe(String path, Value value, boolean result);

  /**
   * An unknown input the test needs besides the value itself (the ports of a rule block), or
   * {@code null}.
   */
  default UnknownValue unknownInput(Value value) {
    return null;
  }

  /**
   * The answer for an unknown value that is known to be present and non-empty (a resource's id or
   * ARN, {@link UnknownValue#present()}), or {@code null} when the answer depends on its content.
   */
  default Boolean presentUnknown() {
    return null;
  }

  /**
   * The answer for a string template whose interpolations are partly unknown, given its known text
   * with each unknown part as {@link UnknownValue#HOLE}, or {@code null} when the unknown parts
   * could change it.
   */
  default Boolean testPartial(String partialText) {
    return null;
  }

  /** Whether evidence about a present value points at the attribute itself or at a whole block. */
  default int specificity() {
    return Evidence.ATTRIBUTE;
  }

  /** {@code equals} / {@code notEquals}. */
  record Equals(Value expected, boolean negated, boolean ignoreCase) implements Operator {
    @Override
    public boolean test(Value value) {
      return Values.looselyEquals(value, expected, ignoreCase) != negated;
    }

    @Override
    public boolean absent() {
      return negated;
    }

    @Override
    public String describe(String path, Value value, boolean result) {
      String shown = shown(value, List.of(expected), ignoreCase);
      return shown != null ? path + " = " + shown : path + " is not " + expected.render();
    }
  }

  /** {@code in} / {@code notIn}. */
  record In(List<Value> expected, boolean negated, boolean ignoreCase) implements Operator {
    public In {
      expected = List.copyOf(expected);
    }

    @Override
    public boolean test(Value value) {
      boolean found = false;
      for (Value e : expected) {
        found |= Values.looselyEquals(value, e, ignoreCase);
      }
      return found != negated;
    }

    @Override
    public boolean absent() {
      return negated;
    }

    @Override
    public String describe(String path, Value value, boolean result) {
      String shown = shown(value, expected, ignoreCase);
      return shown != null ? path + " = " + shown : path + " is not one of " + list(expected);
    }
  }

  /** {@code matches} / {@code notMatches}: the regular expression is found in the value. */
  record Matches(Pattern pattern, boolean negated) implements Operator {
    @Override
    public boolean test(Value value) {
      String s = Values.asString(value);
      return (s != null && pattern.matcher(s).find()) != negated;
    }

    /**
     * A match inside the known text is a match whatever fills the holes (a template's literal
     * text, {@code arn:${AWS::Partition}:kms:…:alias/aws/es}); no match there decides nothing.
     */
    @Override
    public Boolean testPartial(String partialText) {
      Matcher m = pattern.matcher(partialText);
      while (m.find()) {
        if (m.group().indexOf(UnknownValue.HOLE) < 0) {
          return !negated;
        }
      }
      return null;
    }

    @Override
    public boolean absent() {
      return negated;
    }

    @Override
    public String describe(String path, Value value, boolean result) {
      boolean found = result != negated;
      return path + (found ? " matches /" : " does not match /") + pattern.pattern() + "/";
    }
  }

  /** {@code exists: true} / {@code absent: true} (and their {@code false} forms). */
  record Exists(boolean expected) implements Operator {
    @Override
    public boolean test(Value value) {
      return expected;
    }

    @Override
    public boolean absent() {
      return !expected;
    }

    @Override
    public Boolean presentUnknown() {
      return expected;
    }

    @Override
    public String describe(String path, Value value, boolean result) {
      return path + " is set";
    }
  }

  /** {@code empty: true|false}: absent, null, "", [] and {} are empty. */
  record Empty(boolean expected) implements Operator {
    @Override
    public boolean test(Value value) {
      return Values.isEmpty(value) == expected;
    }

    @Override
    public Boolean presentUnknown() {
      return !expected;
    }

    @Override
    public boolean absent() {
      return expected;
    }

    @Override
    public String describe(String path, Value value, boolean result) {
      return path + (Values.isEmpty(value) ? " is empty" : " is not empty");
    }
  }

  /** {@code gt}, {@code gte}, {@code lt}, {@code lte}: numbers, also written as strings. */
  record Compare(String operator, BigDecimal bound) implements Operator {
    @Override
    public boolean test(Value value) {
      BigDecimal n = Values.asNumber(value);
      if (n == null) {
        return false;
      }
      int c = n.compareTo(bound);
      return switch (operator) {
        case "gt" -> c > 0;
        case "gte" -> c >= 0;
        case "lt" -> c < 0;
        default -> c <= 0;
      };
    }

    @Override
    public boolean absent() {
      return false;
    }

    @Override
    public String describe(String path, Value value, boolean result) {
      BigDecimal n = Values.asNumber(value);
      return n == null ? path + " is not a number" : path + " = " + n.stripTrailingZeros().toPlainString();
    }
  }

  /**
   * CIDR tests: {@code cidrContains: X} (the value's block includes all of X), {@code cidrWithin:
   * X} (the value's block lies inside X), {@code cidrAnywhere: true} (any /0, IPv4 or IPv6).
   */
  record CidrTest(Kind kind, Cidr cidr, boolean expected) implements Operator {
    enum Kind { CONTAINS, WITHIN, ANYWHERE }

    @Override
    public boolean test(Value value) {
      Cidr actual = Cidr.parse(Values.asString(value));
      if (actual == null) {
        return !expected;
      }
      boolean r = switch (kind) {
        case CONTAINS -> actual.contains(cidr);
        case WITHIN -> cidr.contains(actual);
        case ANYWHERE -> actual.isAnywhere();
      };
      return r == expected;
    }

    @Override
    public boolean absent() {
      return !expected;
    }

    @Override
    public Boolean presentUnknown() {
      return expected;
    }

    @Override
    public String describe(String path, Value value, boolean result) {
      Cidr actual = Cidr.parse(Values.asString(value));
      return actual == null ? path + " is not an address block" : path + " = \"" + Values.asString(value).trim() + '"';
    }
  }

  /**
   * {@code portsCover: 22}: the value is a rule (a security group ingress block, a network ACL
   * entry) whose protocol and port range let TCP or UDP traffic to the port through. The attribute
   * names default to Terraform's ({@code from_port}, {@code to_port}, {@code protocol}).
   */
  record PortsCover(int port, AttributePath fromPort, AttributePath toPort, AttributePath protocol)
      implements Operator {
    @Override
    public boolean test(Value value) {
      PortRange range = range(value);
      return range != null && range.covers(port);
    }

    @Override
    public boolean absent() {
      return false;
    }

    @Override
    public int specificity() {
      return Evidence.ELEMENT;
    }

    @Override
    public UnknownValue unknownInput(Value value) {
      for (AttributePath p : List.of(protocol, fromPort, toPort)) {
        for (Slot s : p.resolve(value, "", value.range(), value.range())) {
          if (s.isUnknown()) {
            return s.unknown();
          }
        }
      }
      return null;
    }

    @Override
    public String describe(String path, Value value, boolean result) {
      PortRange range = range(value);
      String name = path.isEmpty() ? "the rule" : path;
      return range == null ? name + " has no readable protocol and ports"
          : name + " allows " + range + (result ? "" : ", not port " + port);
    }

    PortRange range(Value value) {
      Protocol p = Protocol.parse(first(protocol, value));
      if (p == null) {
        return null;
      }
      if (!p.hasPorts()) {
        return new PortRange(p, 0, 0);
      }
      BigDecimal from = number(first(fromPort, value));
      BigDecimal to = number(first(toPort, value));
      if (from == null || to == null) {
        return null;
      }
      return new PortRange(p, from.intValue(), to.intValue());
    }

    private static String first(AttributePath path, Value root) {
      for (Slot s : path.resolve(root, "", root.range(), root.range())) {
        if (s.isKnown()) {
          return s.asString();
        }
      }
      return null;
    }

    private static BigDecimal number(String s) {
      if (s == null) {
        return null;
      }
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /**
   * The value rendered if it is safe to print: booleans, numbers, and strings the rule itself names
   * (so a finding never quotes a configuration string that could be a secret).
   */
  static String shown(Value value, List<Value> constants, boolean ignoreCase) {
    if (value instanceof BoolValue || value instanceof NumberValue) {
      return value.render();
    }
    if (value instanceof StringValue) {
      for (Value c : constants) {
        if (Values.looselyEquals(value, c, ignoreCase)) {
          return value.render();
        }
      }
    }
    return null;
  }

  static String list(List<Value> values) {
    List<String> shown = new ArrayList<>();
    for (Value v : values) {
      shown.add(v.render());
    }
    return "[" + String.join(", ", shown) + "]";
  }
}
