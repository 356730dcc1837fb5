package dev.iaclint.core.terraform.functions;

import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.Conversions;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The converted arguments of one call, with typed accessors and result constructors. */
final class Args {
  private final Fn fn;
  private final List<Value> values;
  private final FunctionContext ctx;

  Args(Fn fn, List<Value> values, FunctionContext ctx) {
    this.fn = fn;
    this.values = values;
    this.ctx = ctx;
  }

  static UnknownValue unknownLike(UnknownValue u, SourceRange range) {
    return new UnknownValue(u.reason(), range, u.origin());
  }

  int size() {
    return values.size();
  }

  Value get(int i) {
    return values.get(i);
  }

  List<Value> all() {
    return values;
  }

  List<Value> from(int i) {
    return values.subList(i, values.size());
  }

  FunctionContext ctx() {
    return ctx;
  }

  SourceRange range() {
    return ctx.callRange();
  }

  String string(int i) {
    return ((StringValue) known(values.get(i))).value();
  }

  BigDecimal number(int i) {
    return ((NumberValue) known(values.get(i))).value();
  }

  boolean bool(int i) {
    return ((BoolValue) known(values.get(i))).value();
  }

  /** Argument {@code i} as an int; a fraction or a huge number is an error for that argument. */
  int integer(int i) throws FunctionException {
    return toInt(number(i), i);
  }

  int toInt(BigDecimal n, int argIndex) throws FunctionException {
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw error(argIndex, n.stripTrailingZeros().scale() > 0
          ? "a whole number is required"
          : "the number is too large");
    }
  }

  /** Argument {@code i} as a list, tuple or set; anything else is an error naming {@code what}. */
  ListValue list(int i, String what) throws FunctionException {
    if (known(values.get(i)) instanceof ListValue l) {
      return l;
    }
    throw error(i, what);
  }

  MapValue map(int i, String what) throws FunctionException {
    if (known(values.get(i)) instanceof MapValue m) {
      return m;
    }
    throw error(i, what);
  }

  /** {@code v} itself when known; otherwise ends the call with an unknown result carrying its reason. */
  static Value known(Value v) {
    if (v instanceof UnknownValue u) {
      throw new Fn.UnknownSignal(u);
    }
    return v;
  }

  /** {@code v} when nothing inside it is unknown; otherwise ends the call with an unknown result. */
  static Value whollyKnown(Value v) {
    UnknownValue u = v.firstUnknown();
    if (u != null) {
      throw new Fn.UnknownSignal(u);
    }
    return v;
  }

  FunctionException error(int i, String message) {
    return Fn.argumentError(fn.paramAt(i), i, message);
  }

  FunctionException error(String message) {
    String text = message.endsWith(".") ? message : message + ".";
    return new FunctionException("Call to function \"" + fn.name() + "\" failed: " + text);
  }

  StringValue str(String s) {
    return new StringValue(s, range());
  }

  NumberValue num(BigDecimal n) {
    return new NumberValue(n, range());
  }

  NumberValue num(long n) {
    return new NumberValue(BigDecimal.valueOf(n), range());
  }

  BoolValue bool(boolean b) {
    return new BoolValue(b, range());
  }

  NullValue nul() {
    return new NullValue(range());
  }

  UnknownValue unknown(String reason) {
    return new UnknownValue(reason, range());
  }

  ListValue list(List<Value> elements) {
    return new ListValue(elements, ListValue.Kind.LIST, range());
  }

  ListValue tuple(List<Value> elements) {
    return new ListValue(elements, ListValue.Kind.TUPLE, range());
  }

  ListValue set(List<Value> elements) {
    return Conversions.toSet(elements, range(), Origin.NONE);
  }

  ListValue sequence(List<Value> elements, ListValue.Kind kind) {
    return kind == ListValue.Kind.SET ? set(elements) : new ListValue(elements, kind, range());
  }

  MapValue map(Map<String, Value> entries) {
    return new MapValue(entries, MapValue.Kind.MAP, range());
  }

  MapValue object(Map<String, Value> entries) {
    return new MapValue(entries, MapValue.Kind.OBJECT, range());
  }
}
