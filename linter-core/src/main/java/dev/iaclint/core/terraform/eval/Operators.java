package dev.iaclint.core.terraform.eval;

import dev.iaclint.core.hcl.ast.BinaryOpExpr;
import dev.iaclint.core.hcl.ast.BinaryOperator;
import dev.iaclint.core.hcl.ast.UnaryOpExpr;
import dev.iaclint.core.hcl.ast.UnaryOperator;
import dev.iaclint.core.terraform.Conversions;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.math.MathContext;

/** HCL's operators over evaluated values, with Terraform's automatic conversions. */
public final class Operators {
  private static final MathContext DIVISION = new MathContext(40);

  private Operators() {}

  static Value binary(BinaryOpExpr e, Value lhs, Value rhs, Evaluator ev) {
    BinaryOperator op = e.op();
    if (op == BinaryOperator.EQUAL || op == BinaryOperator.NOT_EQUAL) {
      UnknownValue u = firstUnknownOf(lhs, rhs);
      if (u != null) {
        return new UnknownValue(u.reason(), e.range(), u.origin());
      }
      boolean same = equal(lhs, rhs);
      return new BoolValue(op == BinaryOperator.EQUAL == same, e.range());
    }
    if (op == BinaryOperator.AND || op == BinaryOperator.OR) {
      Boolean a = lhs instanceof UnknownValue ? null : bool(lhs);
      Boolean b = rhs instanceof UnknownValue ? null : bool(rhs);
      if (!(lhs instanceof UnknownValue) && a == null) {
        return ev.error(e.lhs().range(), "Invalid operand: " + op.symbol() + " needs a bool, not a " + lhs.typeName());
      }
      if (!(rhs instanceof UnknownValue) && b == null) {
        return ev.error(e.rhs().range(), "Invalid operand: " + op.symbol() + " needs a bool, not a " + rhs.typeName());
      }
      UnknownValue u = firstUnknownOf(lhs, rhs);
      if (u != null) {
        return new UnknownValue(u.reason(), e.range(), u.origin());
      }
      return new BoolValue(op == BinaryOperator.AND ? a && b : a || b, e.range());
    }
    BigDecimal a = lhs instanceof UnknownValue ? null : number(lhs);
    BigDecimal b = rhs instanceof UnknownValue ? null : number(rhs);
    if (!(lhs instanceof UnknownValue) && a == null) {
      return ev.error(e.lhs().range(), "Invalid operand: " + op.symbol() + " needs a number, not a " + lhs.typeName());
    }
    if (!(rhs instanceof UnknownValue) && b == null) {
      return ev.error(e.rhs().range(), "Invalid operand: " + op.symbol() + " needs a number, not a " + rhs.typeName());
    }
    UnknownValue u = firstUnknownOf(lhs, rhs);
    if (u != null) {
      return new UnknownValue(u.reason(), e.range(), u.origin());
    }
    return switch (op) {
      case ADD -> new NumberValue(a.add(b), e.range());
      case SUBTRACT -> new NumberValue(a.subtract(b), e.range());
      case MULTIPLY -> new NumberValue(a.multiply(b), e.range());
      case DIVIDE -> b.signum() == 0 ? ev.error(e.range(), "Division by zero")
          : new NumberValue(a.divide(b, DIVISION).stripTrailingZeros(), e.range());
      case MODULO -> b.signum() == 0 ? ev.error(e.range(), "Modulo by zero")
          : new NumberValue(a.remainder(b), e.range());
      case LESS_THAN -> new BoolValue(a.compareTo(b) < 0, e.range());
      case LESS_OR_EQUAL -> new BoolValue(a.compareTo(b) <= 0, e.range());
      case GREATER_THAN -> new BoolValue(a.compareTo(b) > 0, e.range());
      case GREATER_OR_EQUAL -> new BoolValue(a.compareTo(b) >= 0, e.range());
      default -> throw new IllegalStateException("operator " + op);
    };
  }

  static Value unary(UnaryOpExpr e, Value operand, Evaluator ev) {
    if (operand instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), e.range(), u.origin());
    }
    if (e.op() == UnaryOperator.NOT) {
      Boolean b = bool(operand);
      return b == null ? ev.error(e.range(), "Invalid operand: ! needs a bool, not a " + operand.typeName())
          : new BoolValue(!b, e.range());
    }
    BigDecimal n = number(operand);
    return n == null ? ev.error(e.range(), "Invalid operand: - needs a number, not a " + operand.typeName())
        : new NumberValue(n.negate(), e.range());
  }

  private static UnknownValue firstUnknownOf(Value a, Value b) {
    UnknownValue u = a.firstUnknown();
    return u != null ? u : b.firstUnknown();
  }

  /**
   * Terraform's {@code ==}: values of one type with equal content. Numbers compare by value; a
   * list and a tuple with equal elements are equal, as are a map and an object.
   */
  static boolean equal(Value a, Value b) {
    if (a instanceof NullValue || b instanceof NullValue) {
      return a instanceof NullValue && b instanceof NullValue;
    }
    if (a instanceof ListValue la && b instanceof ListValue lb) {
      if (la.size() != lb.size() || (la.kind() == ListValue.Kind.SET) != (lb.kind() == ListValue.Kind.SET)) {
        return false;
      }
      for (int i = 0; i < la.size(); i++) {
        if (!equal(la.get(i), lb.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof MapValue ma && b instanceof MapValue mb) {
      if (!ma.keys().equals(mb.keys())) {
        return false;
      }
      for (String k : ma.keys()) {
        if (!equal(ma.get(k), mb.get(k))) {
          return false;
        }
      }
      return true;
    }
    return a.sameAs(b);
  }

  /** The number a value converts to (a number, or a string holding one), else {@code null}. */
  static BigDecimal number(Value v) {
    if (v instanceof NumberValue n) {
      return n.value();
    }
    if (v instanceof StringValue s) {
      return Conversions.parseNumber(s.value());
    }
    return null;
  }

  /** The bool a value converts to ({@code true}, or the string "true"), else {@code null}. */
  static Boolean bool(Value v) {
    if (v instanceof BoolValue b) {
      return b.value();
    }
    if (v instanceof StringValue s) {
      return switch (s.value()) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> null;
      };
    }
    return null;
  }

  /** The string a primitive converts to, else {@code null}. */
  public static String string(Value v) {
    if (v instanceof StringValue s) {
      return s.value();
    }
    if (v instanceof NumberValue n) {
      return Conversions.numberToString(n.value());
    }
    if (v instanceof BoolValue b) {
      return Boolean.toString(b.value());
    }
    return null;
  }
}
