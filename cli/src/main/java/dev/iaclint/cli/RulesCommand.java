package dev.iaclint.cli;

import dev.iaclint.core.report.RuleListWriter;
import dev.iaclint.core.rule.Rule;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists the rules iaclint checks.",
    footerHeading = "%nExamples:%n",
    footer = {"  iaclint rules", "  iaclint rules --format json", "  iaclint rules --rules policies/   # with your own rules",
        "", "Exit codes:", "  0  the rules were listed", "  2  usage error, or a rule file could not be read"})
final class RulesCommand implements Callable<Integer> {
  private final CliEnvironment env;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = Converters.ListFormatConverter.class,
      description = "text (a table, the default) or json ({\"rules\":[…]})")
  Converters.ListFormat format = Converters.ListFormat.text;

  @Mixin
  CustomRuleDirectories custom = new CustomRuleDirectories();

  RulesCommand(CliEnvironment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    List<Rule> rules = custom.rules(env);
    if (rules == null) {
      return ExitCodes.USAGE_OR_INPUT_ERROR;
    }
    RuleListWriter writer = new RuleListWriter();
    if (format == Converters.ListFormat.json) {
      writer.writeJson(rules, env.out());
    } else {
      writer.writeTable(rules, env.out());
    }
    return ExitCodes.CLEAN;
  }
}
