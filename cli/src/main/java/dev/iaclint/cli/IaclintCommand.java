package dev.iaclint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "iaclint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Finds misconfigurations in infrastructure as code before it is deployed.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  iaclint scan .",
        "  iaclint scan infra/ --format sarif --output junit=iaclint.xml",
        "  iaclint rules",
        "  iaclint explain IAC-AWS-ES-002",
        "",
        "Exit codes:",
        "  0  no unsuppressed finding at or above the failure threshold",
        "  1  findings at or above the threshold",
        "  2  usage error, or an input could not be read or parsed"})
public final class IaclintCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  static CommandLine commandLine(CliEnvironment env) {
    CommandLine cl = new CommandLine(new IaclintCommand());
    cl.addSubcommand(new ScanCommand(env));
    cl.addSubcommand(new RulesCommand(env));
    cl.addSubcommand(new ExplainCommand(env));
    cl.addSubcommand(new GraphCommand(env));
    cl.addSubcommand(new CompletionCommand());
    cl.addSubcommand(new CommandLine.HelpCommand());
    cl.setOut(env.out());
    cl.setErr(env.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_INPUT_ERROR);
    cl.setParameterExceptionHandler((ex, args) -> usage(ex.getCommandLine(), message(ex)));
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof UsageException) {
        return usage(cmd, ex.getMessage());
      }
      // A bug, not a user mistake: no stack trace unless asked for, and no exception message
      // (it could quote configuration).
      PrintWriter err = cmd.getErr();
      err.println("iaclint: internal error (" + ex.getClass().getName() + "); please report it."
          + " Set IACLINT_DEBUG=1 for details.");
      if (env.env().containsKey("IACLINT_DEBUG")) {
        ex.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.USAGE_OR_INPUT_ERROR;
    });
    return cl;
  }

  /**
   * picocli's message, except where it reads badly: an unknown command, and a {@code NAME=VALUE}
   * option without {@code =} (picocli's text says "option option" and echoes the value, which may
   * be a secret).
   */
  private static String message(CommandLine.ParameterException ex) {
    CommandLine cmd = ex.getCommandLine();
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !cmd.getSubcommands().isEmpty()
        && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
      return "unknown command '" + u.getUnmatched().get(0) + "' (commands: "
          + String.join(", ", cmd.getSubcommands().keySet()) + ")";
    }
    if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option && option.typeInfo().isMap()
        && ex.getMessage() != null && ex.getMessage().contains("KEY=VALUE")) {
      return option.longestName() + ": expected NAME=VALUE, for example " + option.longestName() + " env=prod";
    }
    return ex.getMessage();
  }

  /** One line: what is wrong, and where to read more. */
  private static int usage(CommandLine cmd, String message) {
    PrintWriter err = cmd.getErr();
    String first = message == null ? "usage error" : message.lines().findFirst().orElse("usage error");
    err.println("iaclint: " + first + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
    err.flush();
    return ExitCodes.USAGE_OR_INPUT_ERROR;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'iaclint scan .'");
  }
}
