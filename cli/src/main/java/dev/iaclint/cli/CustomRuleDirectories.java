package dev.iaclint.cli;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RulePack;
import dev.iaclint.core.rule.declarative.RuleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rules DIR} for the commands that show rules ({@code rules}, {@code explain}). */
final class CustomRuleDirectories {
  @Option(names = "--rules", paramLabel = "DIR",
      description = "Also show the YAML rules in DIR (see the README, \"Custom rules\"); repeatable")
  List<Path> directories;

  /**
   * The installed rules plus those of the directories, sorted by id. A broken rule file is
   * printed as {@code file:line:col: error: …}, and the answer is {@code null}: the command
   * exits with code 2.
   */
  List<Rule> rules(CliEnvironment env) {
    List<Rule> installed = env.rules().get();
    if (directories == null || directories.isEmpty()) {
      return installed;
    }
    RulePack.Loaded all = new RulePack.Loaded(installed, List.of());
    for (Path dir : directories) {
      Path resolved = env.resolve(dir);
      if (!Files.isDirectory(resolved)) {
        throw new UsageException("--rules: no such directory: " + dir);
      }
      all = all.plus(RuleFiles.loadDirectory(resolved));
    }
    if (!all.problems().isEmpty()) {
      for (Diagnostic d : all.problems()) {
        env.err().println(Diagnostics.format(d, env));
      }
      return null;
    }
    List<Rule> rules = new ArrayList<>(all.rules());
    rules.sort(Comparator.comparing(Rule::id));
    return rules;
  }

}
