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
    } catch (OutOfMemoryError e) {
      // Not exit 1, which CI reads as "findings": the scan did not finish. What the heap held is
      // unreachable by now, so there is room to say so.
      env.err().println("iaclint: out of memory before the scan finished; give it a larger heap,"
          + " e.g. IACLINT_JAVA_OPTS=-Xmx2g ./iaclint … (or java -Xmx2g -jar iaclint.jar …)");
      return ExitCodes.USAGE_OR_INPUT_ERROR;
    } catch (StackOverflowError e) {
      env.err().println("iaclint: internal error (StackOverflowError); please report it."
          + " Set IACLINT_DEBUG=1 for details.");
      if (env.env().containsKey("IACLINT_DEBUG")) {
        e.printStackTrace(env.err());
      }
      return ExitCodes.USAGE_OR_INPUT_ERROR;
    } finally {
      env.out().flush();
      env.err().flush();
    }
  }
}
