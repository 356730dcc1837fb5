package dev.iaclint.core.rule;

import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reading values the way the tools that consume them do: Terraform and CloudFormation both accept
 * {@code "true"} for a boolean and {@code "443"} for a number, so rules must too.
 */
public final class Values {
  private Values() {}

  /** {@code true}/{@code false}, also as strings in any case; otherwise {@code null}. */
  public static Boolean asBoolean(Value v) {
    if (v instanceof BoolValue b) {
      return b.value();
    }
    if (v instanceof StringValue s) {
      String t = s.value().trim().toLowerCase(Locale.ROOT);
      if (t.equals("true")) {
        return Boolean.TRUE;
      }
      if (t.equals("false")) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  /** A string, or a number or boolean as Terraform would convert it; otherwise {@code null}. */
  public static String asString(Value v) {
    if (v instanceof StringValue s) {
      return s.value();
    }
    if (v instanceof NumberValue || v instanceof BoolValue) {
      return v.render();
    }
    return null;
  }

  /** A number, also written as a string; otherwise {@code null}. */
  public static BigDecimal asNumber(Value v) {
    if (v instanceof NumberValue n) {
      return n.value();
    }
    if (v instanceof StringValue s) {
      try {
        return new BigDecimal(s.value().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether {@code actual} is {@code expected} after the conversions Terraform and CloudFormation
   * apply: booleans and numbers compare by meaning, strings exactly (or ignoring case).
   */
  public static boolean looselyEquals(Value actual, Value expected, boolean ignoreCase) {
    if (actual == null || actual instanceof NullValue) {
      return expected instanceof NullValue;
    }
    if (expected instanceof BoolValue b) {
      Boolean a = asBoolean(actual);
      return a != null && a == b.value();
    }
    if (expected instanceof NumberValue n) {
      BigDecimal a = asNumber(actual);
      return a != null && a.compareTo(n.value()) == 0;
    }
    if (expected instanceof StringValue s) {
      String a = asString(actual);
      return a != null && (ignoreCase ? a.equalsIgnoreCase(s.value()) : a.equals(s.value()));
    }
    return actual.sameAs(expected);
  }

  /**
   * The elements a quantifier ranges over: a list's elements; a map or scalar is one element (a
   * nested block in {@code .tf.json} may be written as one object instead of a list of them).
   */
  public static List<Value> elements(Value v) {
    if (v == null || v instanceof NullValue) {
      return List.of();
    }
    if (v instanceof ListValue l) {
      List<Value> result = new ArrayList<>();
      for (Value e : l.elements()) {
        if (!(e instanceof NullValue)) {
          result.add(e);
        }
      }
      return result;
    }
    return List.of(v);
  }

  /** Absent, null, an empty string, list or map. */
  public static boolean isEmpty(Value v) {
    if (v == null || v instanceof NullValue) {
      return true;
    }
    if (v instanceof StringValue s) {
      return s.value().isEmpty();
    }
    if (v instanceof ListValue l) {
      return l.isEmpty();
    }
    if (v instanceof MapValue m) {
      return m.size() == 0;
    }
    return false;
  }

  /** One related location per place the value passed through, where it was first set first. */
  public static List<RelatedLocation> origins(Value v) {
    List<RelatedLocation> result = new ArrayList<>();
    for (Origin.Step step : v.origin().steps()) {
      result.add(new RelatedLocation(step.range(), "value set by " + step.describe()));
    }
    return result;
  }

  /** {@code "; value set by variable 'x' (tfvars file) at terraform.tfvars:2:1"}, or "" for a literal. */
  public static String originNote(Value v) {
    Origin.Step source = v.origin().source();
    return source == null ? "" : "; value set by " + source.describe();
  }
}
