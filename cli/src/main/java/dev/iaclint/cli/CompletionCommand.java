package dev.iaclint.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Prints a bash/zsh completion script for iaclint.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  source <(iaclint completion)                        # this shell",
        "  iaclint completion > /etc/bash_completion.d/iaclint  # every shell",
        "  (zsh: run 'autoload -U +X bashcompinit && bashcompinit' first)",
        "", "Exit codes:", "  0  the script was printed", "  2  usage error"})
final class CompletionCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    root.getOut().print(AutoComplete.bash("iaclint", root));
    root.getOut().flush();
    return ExitCodes.CLEAN;
  }
}
