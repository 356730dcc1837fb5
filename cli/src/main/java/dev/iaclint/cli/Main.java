package dev.iaclint.cli;

/** The {@code iaclint} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (0 clean, 1 findings, 2 usage or input error). */
  public static int run(String... args) {
    return IaclintCommand.commandLine().execute(args);
  }
}
