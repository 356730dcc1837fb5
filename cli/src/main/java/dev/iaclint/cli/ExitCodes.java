package dev.iaclint.cli;

/** The exit-code contract. */
public final class ExitCodes {
  public static final int CLEAN = 0;
  public static final int FINDINGS = 1;
  public static final int USAGE_OR_INPUT_ERROR = 2;

  private ExitCodes() {}
}
