package dev.iaclint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "iaclint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Finds misconfigurations in infrastructure as code before it is deployed.",
    subcommands = {ScanCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  no unsuppressed finding at or above the failure threshold",
        "  1  findings at or above the threshold",
        "  2  usage error, or an input could not be read or parsed"})
public final class IaclintCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new IaclintCommand());
    cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_INPUT_ERROR);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine cmd = ex.getCommandLine();
      cmd.getErr().println("iaclint: " + ex.getMessage());
      cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.USAGE_OR_INPUT_ERROR;
    });
    return cl;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'iaclint scan .'");
  }
}
