package dev.iaclint.cli;

import dev.iaclint.core.report.RuleListWriter;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists the rules iaclint checks.",
    footerHeading = "%nExamples:%n",
    footer = {"  iaclint rules", "  iaclint rules --format json"})
final class RulesCommand implements Callable<Integer> {
  private final CliEnvironment env;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = Converters.ListFormatConverter.class,
      description = "text (a table, the default) or json ({\"rules\":[…]})")
  Converters.ListFormat format = Converters.ListFormat.text;

  RulesCommand(CliEnvironment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    RuleListWriter writer = new RuleListWriter();
    if (format == Converters.ListFormat.json) {
      writer.writeJson(env.rules().get(), env.out());
    } else {
      writer.writeTable(env.rules().get(), env.out());
    }
    return ExitCodes.CLEAN;
  }
}
