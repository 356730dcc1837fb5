package dev.iaclint.core.rule.declarative;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.rule.ResourceTree;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RuleExamples;
import dev.iaclint.core.rule.RulePack;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Declarative rules: YAML files, one rule per YAML document. The built-in pack keeps them under
 * {@code rules/<provider>/<service>/}; users pass directories of them with {@code --rules DIR}.
 *
 * <pre>
 * id: IAC-AWS-ES-002
 * title: OpenSearch/Elasticsearch domain does not encrypt data at rest
 * severity: HIGH                       # CRITICAL, HIGH, MEDIUM, LOW
 * category: encryption-at-rest         # one of the contract's categories
 * description: ...
 * remediation: ...
 * links: [https://...]
 * equivalents: {checkov: [CKV_AWS_5], trivy: [AVD-AWS-0048], tfsec: [...], kics: [...]}
 * match:
 *   terraform:                         # a format id; the value may also be a list of these
 *     types: [aws_elasticsearch_domain, aws_opensearch_domain]
 *     where: CONDITION                 # optional: the rule applies only when this holds
 *     assert: CONDITION                # must hold, or the resource fails (or: checks: [{assert, message, severity}])
 *     message: ...                     # optional; defaults to the title
 * examples:
 *   terraform:
 *     good: |                          # a file's text, a list of them, or {file name: text, ...}
 *       ...
 *     bad: |
 *       ...   # expect: IAC-AWS-ES-002
 * </pre>
 *
 * A CONDITION is {@code {and: [...]}}, {@code {or: [...]}}, {@code {not: ...}}, or a test:
 * {@code {path: a.b, OPERATOR: ARG}} with OPERATOR one of {@code equals, notEquals, in, notIn,
 * matches, notMatches, exists, absent, empty, gt, gte, lt, lte, cidrContains, cidrWithin,
 * cidrAnywhere, portsCover} (with {@code whenAbsent: DEFAULT}, the documented default, and {@code
 * ignoreCase}), or a quantifier {@code {path: ingress, any|all|none: CONDITION}}, or a linked
 * resource {@code {parts|wholes|references|referencedBy: [types], any|all|none: CONDITION}} /
 * {@code exists|absent: true}. The README documents each.
 */
public final class RuleFiles {
  private RuleFiles() {}

  /** The rules in one file. */
  public static List<DeclarativeRule> parse(SourceFile file) throws RuleFileException {
    return new RuleFileParser(file).parse();
  }

  /** Whether a file name is a rule file's. */
  public static boolean isRuleFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /**
   * The rule files under {@code prefix} in a rule pack's code source, each with the examples in
   * {@code examples/<id>/} of the same tree.
   */
  public static RulePack.Loaded load(ResourceTree tree, String prefix) {
    List<Rule> rules = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (String name : tree.list(prefix)) {
      if (isRuleFile(name)) {
        addRules(SourceFile.of(name, tree.read(name)), tree, rules, problems);
      }
    }
    return new RulePack.Loaded(rules, List.of()).plus(new RulePack.Loaded(List.of(), problems));
  }

  /**
   * The rule files in a directory (and below it, except its {@code examples/} directory), each
   * with the examples in {@code DIR/examples/<id>/}. Problems name the file, line and column.
   */
  public static RulePack.Loaded loadDirectory(Path directory) {
    List<Rule> rules = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      problems.add(Diagnostic.error(SourceRange.startOf(SourceFile.synthetic(directory.toString())),
          "rule directory not found: " + directory));
      return new RulePack.Loaded(rules, problems);
    }
    List<Path> files = new ArrayList<>();
    Path examples = directory.resolve("examples");
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.startsWith(examples) && isRuleFile(p.getFileName().toString()))
          .forEach(files::add);
    } catch (IOException e) {
      problems.add(Diagnostic.error(SourceRange.startOf(SourceFile.synthetic(directory.toString())),
          "cannot read rule directory " + directory));
      return new RulePack.Loaded(rules, problems);
    }
    files.sort(null);
    ResourceTree tree = ResourceTree.at(directory);
    for (Path p : files) {
      SourceFile file;
      try {
        file = SourceFile.read(p, null);
      } catch (IOException e) {
        problems.add(Diagnostic.error(SourceRange.startOf(SourceFile.synthetic(p.toString())),
            "cannot read rule file " + p + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        continue;
      }
      addRules(file, tree, rules, problems);
    }
    return new RulePack.Loaded(rules, List.of()).plus(new RulePack.Loaded(List.of(), problems));
  }

  private static void addRules(SourceFile file, ResourceTree tree, List<Rule> rules, List<Diagnostic> problems) {
    List<DeclarativeRule> parsed;
    try {
      parsed = parse(file);
    } catch (RuleFileException e) {
      problems.add(e.diagnostic());
      return;
    }
    for (DeclarativeRule rule : parsed) {
      try {
        rules.add(rule.withExamples(RuleExamples.load(tree, rule.id())));
      } catch (IllegalArgumentException e) {
        problems.add(Diagnostic.error(rule.definedAt(), e.getMessage()));
      }
    }
  }
}
