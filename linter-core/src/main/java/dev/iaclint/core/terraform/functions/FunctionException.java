package dev.iaclint.core.terraform.functions;

/**
 * A call failed on its input: wrong argument types, an invalid CIDR, an index out of range, a file
 * outside the scan root. The message is written like Terraform's ({@code Invalid value for "index"
 * parameter: …}) and never quotes argument values, which could be secrets. The evaluator reports it
 * at the call's range, or at the argument's when {@link #argumentIndex()} is set.
 */
public final class FunctionException extends Exception {
  private final int argumentIndex;

  public FunctionException(String message) {
    this(message, -1);
  }

  public FunctionException(String message, int argumentIndex) {
    super(message);
    this.argumentIndex = argumentIndex;
  }

  /** The 0-based index of the argument at fault (variadic arguments count on), or -1 for the call. */
  public int argumentIndex() {
    return argumentIndex;
  }
}
