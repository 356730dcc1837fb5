package dev.iaclint.core.scan;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SplitResourceLinker;
import dev.iaclint.core.load.DataFileLoader;
import dev.iaclint.core.load.InputLoader;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Indeterminate;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleEngine;
import dev.iaclint.core.rule.RulePack;
import dev.iaclint.core.rule.RuleProvider;
import dev.iaclint.core.rule.declarative.DeclarativeRule;
import dev.iaclint.core.rule.declarative.RuleFiles;
import dev.iaclint.core.source.MalformedInputException;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.TerraformLoader;
import dev.iaclint.core.terraform.plan.BinaryPlanFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The one entry point every front end uses: files in, findings out.
 *
 * <p>One pass, one direction: discover files, read them, let each loader turn its formats into
 * graph nodes and documents, run the rules, and sort everything into report order.
 */
public final class Scanner {
  private final List<Rule> rules;
  private final List<InputLoader> loaders;

  public Scanner(List<Rule> rules) {
    this(rules, defaultLoaders());
  }

  public Scanner(List<Rule> rules, List<InputLoader> loaders) {
    this.rules = List.copyOf(rules);
    this.loaders = List.copyOf(loaders);
  }

  /** A scanner with every rule pack found on the class path ({@link RuleProvider}). */
  public static Scanner withInstalledRules() {
    return new Scanner(installedRules());
  }

  public static List<Rule> installedRules() {
    List<Rule> all = new ArrayList<>();
    for (RuleProvider p : ServiceLoader.load(RuleProvider.class, Scanner.class.getClassLoader())) {
      all.addAll(p.rules());
    }
    all.sort(Comparator.comparing(Rule::id));
    return all;
  }

  /** The loaders of every supported format, in the order they run. */
  public static List<InputLoader> defaultLoaders() {
    return List.of(new TerraformLoader(), new DataFileLoader());
  }

  public List<Rule> rules() {
    return rules;
  }

  public ScanResult scan(ScanRequest request) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Rule> rules = withCustomRules(request, diagnostics);
    List<FileDiscovery.Found> found = new FileDiscovery(request.excludePaths())
        .discover(request.paths(), diagnostics);
    found = sharingOneDisplayRoot(found);
    List<SourceFile> files = new ArrayList<>();
    int binaryPlans = 0;
    for (FileDiscovery.Found f : found) {
      try {
        files.add(SourceFile.read(f.file(), f.root()));
      } catch (MalformedInputException e) {
        SourceFile shown = SourceFile.of(f.file(), displayPath(f), "");
        if (BinaryPlanFiles.isBinaryPlan(f.file())) {
          // Not a mistake in the file: the user needs its JSON form, and is told how to get it.
          binaryPlans++;
          diagnostics.add(Diagnostic.notice(SourceRange.startOf(shown),
              BinaryPlanFiles.notice(f.file().getFileName().toString())));
          continue;
        }
        diagnostics.add(Diagnostic.error(SourceRange.startOf(shown), e.getMessage()));
      } catch (IOException e) {
        SourceFile shown = SourceFile.of(f.file(), displayPath(f), "");
        diagnostics.add(Diagnostic.error(SourceRange.startOf(shown),
            "cannot read file: " + FileDiscovery.describe(e)));
      }
    }

    LoadContext context = new LoadContext(request, files);
    for (InputLoader loader : loaders) {
      loader.load(context);
    }
    diagnostics.addAll(context.diagnostics());
    SplitResourceLinker.link(context.graph());
    ResourceGraph graph = context.graph().build();

    RuleEngine.Results results = new RuleEngine(rules)
        .run(new RuleContext(graph, context.documents()));
    diagnostics.addAll(results.diagnostics());

    List<Finding> findings = new ArrayList<>(results.findings());
    findings.sort(Finding.ORDER);
    List<Indeterminate> indeterminate = new ArrayList<>(results.indeterminate());
    indeterminate.sort(Indeterminate.ORDER);
    diagnostics.sort(Diagnostic.ORDER);
    int scanned = (int) files.stream().filter(context::isClaimed).count();
    return new ScanResult(findings, indeterminate, results.passed(), diagnostics, graph,
        context.documents(), rules, scanned, files.size() - scanned + binaryPlans);
  }

  /**
   * This scanner's rules plus the rule files of {@code --rules} directories. A broken rule file is
   * an error diagnostic at its file, line and column (exit code 2); its rules are left out, and so
   * is a custom rule whose id is already taken.
   */
  private List<Rule> withCustomRules(ScanRequest request, List<Diagnostic> diagnostics) {
    if (request.customRuleDirectories().isEmpty()) {
      return rules;
    }
    List<Rule> all = new ArrayList<>(rules);
    Set<String> ids = new HashSet<>();
    rules.forEach(r -> ids.add(r.id()));
    for (Path dir : request.customRuleDirectories()) {
      RulePack.Loaded loaded = RuleFiles.loadDirectory(dir);
      diagnostics.addAll(loaded.problems());
      for (Rule r : loaded.rules()) {
        if (ids.add(r.id())) {
          all.add(r);
        } else {
          SourceRange at = r instanceof DeclarativeRule d ? d.definedAt()
              : SourceRange.startOf(SourceFile.synthetic(dir.toString()));
          diagnostics.add(Diagnostic.error(at, "rule id " + r.id() + " is already used by another rule"));
        }
      }
    }
    all.sort(Comparator.comparing(Rule::id));
    return all;
  }

  /**
   * With several scan paths, the files of all of them, named relative to the paths' closest common
   * directory: relative to each path, {@code scan prod staging} would show two files as {@code
   * main.tf}, and their findings, baselines and fingerprints could not be told apart. One path keeps
   * its own root. (Display paths only: what file functions may read is the scanned path itself.)
   */
  static List<FileDiscovery.Found> sharingOneDisplayRoot(List<FileDiscovery.Found> found) {
    List<Path> roots = new ArrayList<>();
    for (FileDiscovery.Found f : found) {
      Path root = f.root() == null ? null : f.root().toAbsolutePath().normalize();
      if (root == null) {
        return found;
      }
      if (!roots.contains(root)) {
        roots.add(root);
      }
    }
    if (roots.size() < 2) {
      return found;
    }
    Path common = roots.get(0);
    for (Path root : roots) {
      while (common != null && !root.startsWith(common)) {
        common = common.getParent();
      }
    }
    if (common == null) {
      return found;
    }
    List<FileDiscovery.Found> shared = new ArrayList<>();
    for (FileDiscovery.Found f : found) {
      shared.add(new FileDiscovery.Found(f.file(), common));
    }
    return shared;
  }

  private static String displayPath(FileDiscovery.Found f) {
    return f.root() == null ? f.file().toString()
        : f.root().toAbsolutePath().normalize().relativize(f.file().toAbsolutePath().normalize())
            .toString().replace('\\', '/');
  }
}
