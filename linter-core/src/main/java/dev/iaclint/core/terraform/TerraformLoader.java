package dev.iaclint.core.terraform;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.hcl.HclJsonLoader;
import dev.iaclint.core.hcl.HclParseResult;
import dev.iaclint.core.hcl.HclParser;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.HclFile;
import dev.iaclint.core.load.HclDocument;
import dev.iaclint.core.load.InputLoader;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.eval.Evaluator;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads Terraform's files and evaluates them into the graph.
 *
 * <p>Every {@code .tf}, {@code .tf.json}, {@code .tfvars} and {@code .tfvars.json} is parsed (its
 * syntax errors reported) and registered as an {@link HclDocument}. Each directory of {@code .tf}
 * files is a module; one that another scanned module calls as a local {@code source} is evaluated
 * through its calls, every other one is a root module, evaluated with its inputs
 * ({@link InputVariables}). Each root module is evaluated on its own: an internal error in one
 * becomes a diagnostic and the others go on.
 */
public final class TerraformLoader implements InputLoader {

  /** Whether {@code file} is written in Terraform's native or JSON syntax, by its name. */
  public static boolean isTerraformFile(SourceFile file) {
    String name = file.displayPath().toLowerCase(Locale.ROOT);
    return name.endsWith(".tf") || name.endsWith(".tf.json") || name.endsWith(".tfvars")
        || name.endsWith(".tfvars.json");
  }

  @Override
  public void load(LoadContext context) {
    Map<Path, List<HclDocument>> configFiles = new LinkedHashMap<>();
    Map<Path, List<HclDocument>> varFiles = new LinkedHashMap<>();
    Map<Path, Path> scanRoots = new LinkedHashMap<>();
    for (SourceFile file : context.unclaimedFiles()) {
      if (!isTerraformFile(file)) {
        continue;
      }
      context.claim(file);
      HclParseResult parsed = file.displayPath().toLowerCase(Locale.ROOT).endsWith(".json")
          ? HclJsonLoader.load(file)
          : HclParser.parse(file);
      parsed.diagnostics().forEach(context::report);
      HclDocument doc = new HclDocument(file, parsed.file());
      context.addDocument(doc);
      Path dir = directoryOf(file);
      (doc.isVariablesFile() ? varFiles : configFiles).computeIfAbsent(dir, k -> new ArrayList<>()).add(doc);
      scanRoots.putIfAbsent(dir, scanRootOf(file, context));
    }
    if (configFiles.isEmpty()) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    Consumer<Diagnostic> report = d -> {
      if (seen.add(d.severity() + " " + d.range() + " " + d.message())) {
        context.report(d);
      }
    };
    Map<Path, ModuleConfig> modules = new LinkedHashMap<>();
    for (Map.Entry<Path, List<HclDocument>> e : configFiles.entrySet()) {
      List<HclFile> files = e.getValue().stream().map(HclDocument::syntax).toList();
      modules.put(e.getKey(), ModuleConfig.of(e.getKey(), displayDir(e.getValue().get(0).file()), files, report));
    }
    for (ModuleConfig root : rootModules(modules)) {
      evaluateRoot(root, modules, varFiles.getOrDefault(root.dir(), List.of()), scanRoots.get(root.dir()),
          context, report);
    }
  }

  private static void evaluateRoot(ModuleConfig root, Map<Path, ModuleConfig> modules, List<HclDocument> tfvars,
      Path scanRoot, LoadContext context, Consumer<Diagnostic> report) {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    try {
      Evaluator constants = Evaluator.constant(report);
      Map<String, InputVariables.Input> inputs = InputVariables.of(tfvars, context.request(), root.variables(),
          scanRoot, constants, report);
      TerraformEvaluation evaluation = new TerraformEvaluation(root, modules, inputs, scanRoot, report);
      evaluation.evaluate();
      // The directory itself, not its display path: two scan roots may both hold a "." module.
      evaluation.emit("tf:" + root.dir().toString().replace('\\', '/') + ":", nodes, edges);
      if (!context.graph().addAll(nodes)) {
        throw new IllegalStateException("node id used twice");
      }
    } catch (RuntimeException | StackOverflowError e) {
      report.accept(Diagnostic.error(firstRange(root, context), "internal error while evaluating the Terraform"
          + " module in " + root.displayDir() + " (" + e.getClass().getSimpleName() + "); its resources were not"
          + " checked"));
      return;
    }
    edges.forEach(context.graph()::addEdge);
  }

  private static SourceRange firstRange(ModuleConfig root, LoadContext context) {
    for (SourceFile f : context.files()) {
      if (isTerraformFile(f) && directoryOf(f).equals(root.dir())) {
        return SourceRange.startOf(f);
      }
    }
    return root.range();
  }

  /**
   * The modules no other scanned module calls with a local source; a group of modules that only
   * call each other is rooted at its first directory.
   */
  static List<ModuleConfig> rootModules(Map<Path, ModuleConfig> modules) {
    Map<Path, Set<Path>> calls = new LinkedHashMap<>();
    Set<Path> called = new HashSet<>();
    Evaluator constants = Evaluator.constant(d -> { });
    for (ModuleConfig m : modules.values()) {
      Set<Path> targets = new LinkedHashSet<>();
      for (Block call : m.moduleCalls().values()) {
        Value source = call.body().attribute("source").map(a -> constants.evaluate(a.expression())).orElse(null);
        if (source instanceof StringValue s && TerraformEvaluation.isLocalSource(s.value())) {
          Path target = m.dir().resolve(s.value()).normalize();
          if (modules.containsKey(target) && !target.equals(m.dir())) {
            targets.add(target);
            called.add(target);
          }
        }
      }
      calls.put(m.dir(), targets);
    }
    List<ModuleConfig> roots = new ArrayList<>();
    Set<Path> reached = new HashSet<>();
    for (ModuleConfig m : modules.values()) {
      if (!called.contains(m.dir())) {
        roots.add(m);
        reach(m.dir(), calls, reached);
      }
    }
    for (ModuleConfig m : modules.values()) {
      if (!reached.contains(m.dir())) {
        roots.add(m);
        reach(m.dir(), calls, reached);
      }
    }
    return roots;
  }

  private static void reach(Path from, Map<Path, Set<Path>> calls, Set<Path> reached) {
    ArrayDeque<Path> queue = new ArrayDeque<>(List.of(from));
    while (!queue.isEmpty()) {
      Path p = queue.poll();
      if (reached.add(p)) {
        queue.addAll(calls.getOrDefault(p, Set.of()));
      }
    }
  }

  private static Path directoryOf(SourceFile file) {
    if (file.path() != null) {
      return file.path().getParent();
    }
    Path parent = Path.of(file.displayPath()).getParent();
    return parent == null ? Path.of("") : parent.normalize();
  }

  private static String displayDir(SourceFile file) {
    String p = file.displayPath().replace('\\', '/');
    int slash = p.lastIndexOf('/');
    return slash < 0 ? "." : p.substring(0, slash);
  }

  /** The scanned path {@code file} was found under: file functions read only inside it. */
  private static Path scanRootOf(SourceFile file, LoadContext context) {
    if (file.path() == null) {
      return null;
    }
    for (Path p : context.request().paths()) {
      Path abs = p.toAbsolutePath().normalize();
      Path root = Files.isDirectory(abs) ? abs : abs.getParent();
      if (root != null && file.path().startsWith(root)) {
        return root;
      }
    }
    return file.path().getParent();
  }
}
