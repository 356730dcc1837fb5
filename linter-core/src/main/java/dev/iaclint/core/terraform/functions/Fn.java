package dev.iaclint.core.terraform.functions;

import dev.iaclint.core.terraform.ConversionException;
import dev.iaclint.core.terraform.Conversions;
import dev.iaclint.core.terraform.TerraformType;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A function defined by its parameters and a body, with cty's generic call handling: arity, null
 * arguments, conversion to parameter types, and unknown arguments short-circuiting to an unknown
 * result, all before the body runs.
 */
final class Fn implements TerraformFunction {

  /** The function proper; sees converted, non-null (unless allowed), known (unless allowed) arguments. */
  @FunctionalInterface
  interface Body {
    Value apply(Args args) throws FunctionException;
  }

  /** Thrown inside a body to end the call with an unknown result; never escapes {@link #call}. */
  static final class UnknownSignal extends RuntimeException {
    final UnknownValue unknown;

    UnknownSignal(UnknownValue unknown) {
      super(null, null, false, false);
      this.unknown = unknown;
    }
  }

  private final String name;
  private final List<Param> params;
  private final Param variadic;
  private final Body body;

  private Fn(String name, List<Param> params, Param variadic, Body body) {
    this.name = name;
    this.params = List.copyOf(params);
    this.variadic = variadic;
    this.body = body;
  }

  static Fn of(String name, Body body, Param... params) {
    return new Fn(name, List.of(params), null, body);
  }

  static Fn variadic(String name, Param variadic, Body body, Param... params) {
    return new Fn(name, List.of(params), variadic, body);
  }

  static Param str(String name) {
    return Param.of(name, TerraformType.STRING);
  }

  static Param num(String name) {
    return Param.of(name, TerraformType.NUMBER);
  }

  static Param bool(String name) {
    return Param.of(name, TerraformType.BOOL);
  }

  static Param any(String name) {
    return Param.of(name, TerraformType.ANY);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Param> params() {
    return params;
  }

  @Override
  public Param variadic() {
    return variadic;
  }

  @Override
  public Value call(List<Value> args, FunctionContext ctx) throws FunctionException {
    List<Value> given = args == null ? List.of() : args;
    if (given.size() < params.size()) {
      throw new FunctionException("Not enough function arguments: function \"" + name + "\" expects "
          + params.size() + " argument(s); missing value for \"" + params.get(given.size()).name() + "\".");
    }
    if (variadic == null && given.size() > params.size()) {
      throw new FunctionException("Too many function arguments: function \"" + name + "\" expects only "
          + params.size() + " argument(s).", params.size());
    }
    List<Value> converted = new ArrayList<>(given.size());
    UnknownValue unknown = null;
    for (int i = 0; i < given.size(); i++) {
      Param p = i < params.size() ? params.get(i) : variadic;
      Value v = given.get(i) == null ? new NullValue(ctx.callRange()) : given.get(i);
      if (v instanceof NullValue && !p.allowNull()) {
        throw argumentError(p, i, "argument must not be null");
      }
      if (v instanceof UnknownValue u) {
        if (!p.allowUnknown() && unknown == null) {
          unknown = u;
        }
        converted.add(v);
        continue;
      }
      try {
        converted.add(Conversions.convert(v, p.type()));
      } catch (ConversionException e) {
        throw argumentError(p, i, e.getMessage());
      }
    }
    if (unknown != null) {
      return Args.unknownLike(unknown, ctx.callRange());
    }
    try {
      Value result = body.apply(new Args(this, converted, ctx));
      return finish(result, given, ctx);
    } catch (UnknownSignal s) {
      return Args.unknownLike(s.unknown, ctx.callRange());
    } catch (RuntimeException | StackOverflowError e) {
      // No exception message: it could quote the input. Bodies are written not to get here.
      throw new FunctionException("Call to function \"" + name + "\" failed: the function could not be "
          + "evaluated on this input.");
    }
  }

  static FunctionException argumentError(Param p, int index, String message) {
    String text = message.endsWith(".") ? message : message + ".";
    return new FunctionException("Invalid value for \"" + p.name() + "\" parameter: " + text, index);
  }

  Param paramAt(int index) {
    return index < params.size() ? params.get(index) : variadic;
  }

  /** The result at the call's range; a value computed from one argument keeps that argument's origin. */
  private static Value finish(Value result, List<Value> args, FunctionContext ctx) {
    Value r = result.withRange(ctx.callRange());
    if (r.origin().isEmpty()) {
      Origin only = null;
      for (Value a : args) {
        if (a != null && !a.origin().isEmpty()) {
          if (only != null) {
            return r;
          }
          only = a.origin();
        }
      }
      if (only != null) {
        r = r.withOrigin(only);
      }
    }
    return r;
  }

  @Override
  public String toString() {
    return name + "()";
  }
}
