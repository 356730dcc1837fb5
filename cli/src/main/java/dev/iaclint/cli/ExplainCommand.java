package dev.iaclint.cli;

import dev.iaclint.core.config.ConfigLoader;
import dev.iaclint.core.report.RuleListWriter;
import dev.iaclint.core.rule.Rule;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explains a rule: what it checks, how to fix it, its ids in other scanners, and good and bad examples.",
    footerHeading = "%nExamples:%n",
    footer = {"  iaclint explain IAC-AWS-ES-002", "  iaclint explain --rules policies/ ACME-ES-001",
        "", "Exit codes:", "  0  the rule was explained", "  2  usage error, or no rule has this id"})
final class ExplainCommand implements Callable<Integer> {
  private final CliEnvironment env;

  @Parameters(paramLabel = "RULE_ID", description = "the rule id, as 'iaclint rules' lists it")
  String ruleId;

  @Mixin
  CustomRuleDirectories custom = new CustomRuleDirectories();

  ExplainCommand(CliEnvironment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    List<Rule> rules = custom.rules(env);
    if (rules == null) {
      return ExitCodes.USAGE_OR_INPUT_ERROR;
    }
    for (Rule r : rules) {
      if (r.id().equalsIgnoreCase(ruleId.trim())) {
        new RuleListWriter().writeExplanation(r, env.out());
        return ExitCodes.CLEAN;
      }
    }
    throw new UsageException("unknown rule '" + ruleId + "'"
        + ConfigLoader.suggestion(ruleId, rules.stream().map(Rule::id).toList()) + "; 'iaclint rules' lists them");
  }
}
