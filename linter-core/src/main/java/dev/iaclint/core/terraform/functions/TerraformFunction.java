package dev.iaclint.core.terraform.functions;

import dev.iaclint.core.value.Value;
import java.util.List;

/**
 * One of Terraform's built-in functions.
 *
 * <p>{@link #call} takes the evaluated arguments (after the evaluator has expanded a trailing
 * {@code ...} argument) and never throws anything but {@link FunctionException}: bad input is a
 * readable message, never a crash. An argument the result depends on being unknown makes the result
 * an {@link dev.iaclint.core.value.UnknownValue} with that argument's reason. The result's range is
 * the call's range ({@link FunctionContext#callRange()}); elements picked out of arguments (by
 * {@code lookup}, {@code element}, {@code merge} …) keep their own ranges and origins.
 */
public interface TerraformFunction {
  /** The name a configuration calls it by: {@code cidrsubnet}. */
  String name();

  /** The positional parameters, in order. */
  List<Param> params();

  /** The parameter that may repeat after the positional ones, or {@code null} when there is none. */
  Param variadic();

  /** The fewest arguments a call may pass. */
  default int minArgs() {
    return params().size();
  }

  /** The most arguments a call may pass, {@link Integer#MAX_VALUE} when variadic. */
  default int maxArgs() {
    return variadic() == null ? params().size() : Integer.MAX_VALUE;
  }

  Value call(List<Value> args, FunctionContext ctx) throws FunctionException;
}
