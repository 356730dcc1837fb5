package dev.iaclint.cli;

/** The {@code iaclint} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (0 clean, 1 findings, 2 usage or input error). */
  public static int run(String... args) {
    return run(CliEnvironment.system(), args);
  }

  /** Runs the command line in {@code env} (tests pass their own streams, rules and clock). */
  public static int run(CliEnvironment env, String... args) {
    try {
      return IaclintCommand.commandLine(env).execute(args);
    } finally {
      env.out().flush();
      env.err().flush();
    }
  }
}
