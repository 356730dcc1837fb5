package dev.iaclint.core.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.hcl.HclJsonLoader;
import dev.iaclint.core.hcl.HclParseResult;
import dev.iaclint.core.hcl.HclParser;
import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.HclFile;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.eval.ComputedObjects;
import dev.iaclint.core.terraform.eval.Evaluator;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The evaluation of one root module and every module it calls: the shared state (input values,
 * computed objects, the reference-cycle stack, the references found) and, once evaluated, its
 * graph nodes and edges.
 */
final class TerraformEvaluation {
  /** A reference found while evaluating {@code owner}'s {@code attribute}. */
  private record Reference(String owner, String target, String attribute, SourceRange range, EdgeKind kind) {}

  /** A value of a module instance under evaluation: {@code var.x}, {@code aws_s3_bucket.logs}. */
  private record Evaluating(ModuleInstance module, String kind, String name) {
    String address() {
      return module.prefix + kind + name;
    }
  }

  private final ModuleConfig rootConfig;
  private final Map<Path, ModuleConfig> localModules;
  private final Map<String, InputVariables.Input> rootInputs;
  private final Path scanRoot;
  private final Consumer<Diagnostic> diagnostics;
  private final ComputedObjects computed = new ComputedObjects();
  private final Evaluator constants;
  /** What is being evaluated, innermost first: the path of a reference cycle. */
  private final java.util.ArrayDeque<Evaluating> evaluating = new java.util.ArrayDeque<>();
  private final Set<String> reportedCycles = new HashSet<>();
  private final List<Reference> references = new ArrayList<>();
  private final Map<Block, VariableDeclaration> variableDeclarations = new java.util.IdentityHashMap<>();
  private Map<String, Path> downloaded;
  private ModuleInstance root;

  TerraformEvaluation(ModuleConfig rootConfig, Map<Path, ModuleConfig> localModules, Map<String, InputVariables.Input> rootInputs,
      Path scanRoot, Consumer<Diagnostic> diagnostics) {
    this.rootConfig = rootConfig;
    this.localModules = localModules;
    this.rootInputs = rootInputs;
    this.scanRoot = scanRoot;
    this.diagnostics = diagnostics;
    this.constants = Evaluator.constant(diagnostics);
  }

  /** Evaluates the root module and every module under it. */
  void evaluate() {
    root = new ModuleInstance(this, rootConfig, "", "", null, null, null, Map.of(), 0);
    root.evaluateAll();
  }

  // ---- what module instances share

  ComputedObjects computed() {
    return computed;
  }

  Evaluator constants() {
    return constants;
  }

  Path scanRoot() {
    return rootConfig.dir().isAbsolute() ? scanRoot : null;
  }

  /** Where Terraform runs: the root module's directory (null when not read from disk). */
  Path workingDir() {
    return rootConfig.dir().isAbsolute() ? rootConfig.dir() : null;
  }

  /** {@code path.module}: the module directory relative to the root module's, "." for the root itself. */
  String relativeToRoot(Path dir) {
    String rel = rootConfig.dir().relativize(dir).toString().replace('\\', '/');
    return rel.isEmpty() ? "." : rel;
  }

  void report(Diagnostic d) {
    diagnostics.accept(d);
  }

  UnknownValue error(SourceRange range, String message) {
    return constants.error(range, message);
  }

  Value rootInput(String name, TerraformType type, boolean typed) {
    InputVariables.Input input = rootInputs.get(name);
    return input == null ? null : input.value(type, typed, constants);
  }

  /** What a {@code variable} block declares: its type, default and nullability. */
  record VariableDeclaration(TerraformType type, boolean typed, Value defaultValue, boolean nullable) {}

  /**
   * The declaration of variable {@code name}, read once per evaluation: a module called many times
   * declares the same variables for every call (and a bad type or default is reported once).
   */
  VariableDeclaration variableDeclaration(String name, Block block) {
    VariableDeclaration known = variableDeclarations.get(block);
    if (known == null) {
      Attribute typeAttribute = block.body().attribute("type").orElse(null);
      TerraformType type = typeAttribute == null ? TerraformType.ANY
          : TypeConstraints.parse(typeAttribute.expression(), constants);
      Value dflt = block.body().attribute("default").map(a -> constants.evaluate(a.expression())
          .withOrigin(Origin.of(new Origin.Step(Origin.Kind.VARIABLE_DEFAULT, name, a.range())))).orElse(null);
      boolean nullable = block.body().attribute("nullable")
          .map(a -> constants.evaluate(a.expression())).map(v -> !(v instanceof BoolValue b) || b.value()).orElse(true);
      known = new VariableDeclaration(type, typeAttribute != null, dflt, nullable);
      variableDeclarations.put(block, known);
    }
    return known;
  }

  void reference(String owner, String target, String attribute, SourceRange range, EdgeKind kind) {
    references.add(new Reference(owner, target, attribute, range, kind));
  }

  /**
   * Marks {@code kind + name} of {@code module} as being evaluated; when it already is, reports the
   * cycle (once) and returns the unknown it evaluates to. The address ({@code module.prefix + kind +
   * name}) is built only for a cycle's message: entering and leaving is on the path of every value.
   */
  UnknownValue enter(ModuleInstance module, String kind, String name, SourceRange where) {
    if (module.startEvaluating(kind, name)) {
      evaluating.push(new Evaluating(module, kind, name));
      return null;
    }
    String address = new Evaluating(module, kind, name).address();
    List<String> path = new ArrayList<>();
    boolean in = false;
    for (java.util.Iterator<Evaluating> it = evaluating.descendingIterator(); it.hasNext(); ) {
      Evaluating e = it.next();
      in |= e.module() == module && e.kind().equals(kind) && e.name().equals(name);
      if (in) {
        path.add(e.address());
      }
    }
    path.add(address);
    if (reportedCycles.add(String.join(" ", new java.util.TreeSet<>(path)))) {
      diagnostics.accept(Diagnostic.warning(where, "Cycle: " + String.join(" → ", path)
          + " refer to each other, so none of them can be evaluated"));
    }
    return new UnknownValue(address + " is part of a reference cycle (" + String.join(" → ", path) + ")", where);
  }

  void leave(ModuleInstance module, String kind, String name) {
    evaluating.pop();
    module.stopEvaluating(kind, name);
  }

  /**
   * The module a call's {@code source} names: a scanned local directory, or a remote module that
   * {@code terraform init} downloaded ({@code .terraform/modules/modules.json}); null, after a
   * diagnostic, when it cannot be read.
   */
  ModuleConfig moduleSource(ModuleInstance caller, String name, Block call, String key) {
    Attribute sourceAttr = call.body().attribute("source").orElse(null);
    Value source = sourceAttr == null ? null : constants.evaluate(sourceAttr.expression());
    if (!(source instanceof dev.iaclint.core.value.StringValue s)) {
      error(call.headerRange(), "Invalid module call: module \"" + name + "\" needs a literal source");
      return null;
    }
    String src = s.value();
    if (isLocalSource(src)) {
      Path dir = caller.config.dir().resolve(src).normalize();
      ModuleConfig target = localModules.get(dir);
      if (target == null && dir.equals(downloadedModules().get(key))) {
        // A local module inside a downloaded one (under .terraform, which scans skip).
        target = readModule(dir, name, src, sourceAttr.range());
      }
      if (target == null) {
        diagnostics.accept(Diagnostic.warning(sourceAttr.range(), "module " + name + " (source " + src
            + ") is not among the scanned files; its resources were not checked"));
      }
      return target;
    }
    Path dir = downloadedModules().get(key);
    if (dir == null) {
      diagnostics.accept(Diagnostic.warning(sourceAttr.range(), "module " + name + " (source " + src
          + ") is not downloaded; its resources were not checked"));
      return null;
    }
    ModuleConfig loaded = localModules.get(dir);
    return loaded != null ? loaded : readModule(dir, name, src, sourceAttr.range());
  }

  static boolean isLocalSource(String source) {
    return source.startsWith("./") || source.startsWith("../") || source.startsWith(".\\")
        || source.startsWith("..\\") || source.equals(".") || source.equals("..");
  }

  /** The directories {@code terraform init} downloaded modules into, by module key ({@code vpc.subnets}). */
  private Map<String, Path> downloadedModules() {
    if (downloaded != null) {
      return downloaded;
    }
    downloaded = new HashMap<>();
    Path dir = workingDir();
    if (dir == null) {
      return downloaded;
    }
    Path manifest = dir.resolve(".terraform").resolve("modules").resolve("modules.json");
    if (!Files.isRegularFile(manifest) || !inScanRoot(manifest)) {
      return downloaded;
    }
    try {
      JsonNode modules = new ObjectMapper().readTree(manifest.toFile()).path("Modules");
      for (JsonNode m : modules) {
        String key = m.path("Key").asText("");
        String moduleDir = m.path("Dir").asText("");
        if (!key.isEmpty() && !moduleDir.isEmpty()) {
          Path resolved = dir.resolve(moduleDir).normalize();
          if (inScanRoot(resolved)) {
            downloaded.put(key, resolved);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.accept(Diagnostic.warning(SourceRange.startOf(SourceFile.synthetic(manifest.toString())),
          "the module manifest .terraform/modules/modules.json could not be read; downloaded modules are not checked"));
    }
    return downloaded;
  }

  private boolean inScanRoot(Path p) {
    return scanRoot != null && p.toAbsolutePath().normalize().startsWith(scanRoot.toAbsolutePath().normalize());
  }

  private final Map<Path, ModuleConfig> readModules = new HashMap<>();

  /** Reads a downloaded module's files (which the scan itself skips, being under .terraform). */
  private ModuleConfig readModule(Path dir, String name, String src, SourceRange at) {
    ModuleConfig cached = readModules.get(dir);
    if (cached != null) {
      return cached;
    }
    List<HclFile> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path f : list.sorted().toList()) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(f) || !(n.endsWith(".tf") || n.endsWith(".tf.json"))) {
          continue;
        }
        SourceFile file = SourceFile.read(f, scanRoot);
        HclParseResult parsed = n.endsWith(".json") ? HclJsonLoader.load(file) : HclParser.parse(file);
        parsed.diagnostics().forEach(diagnostics);
        files.add(parsed.file());
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.accept(Diagnostic.warning(at, "module " + name + " (source " + src
          + ") was downloaded but could not be read; its resources were not checked"));
      return null;
    }
    String display = scanRoot == null ? dir.toString()
        : scanRoot.toAbsolutePath().normalize().relativize(dir).toString().replace('\\', '/');
    ModuleConfig config = ModuleConfig.of(dir, display, files, diagnostics);
    readModules.put(dir, config);
    return config;
  }

  // ---- the graph

  /** The nodes and edges of everything evaluated, ids prefixed by {@code idPrefix}. */
  void emit(String idPrefix, List<Node> nodes, List<Edge> edges) {
    Map<String, List<Node>> byAddress = new LinkedHashMap<>();
    emit(root, idPrefix, nodes, byAddress);
    for (Reference r : references) {
      List<Node> from = byAddress.get(r.owner());
      List<Node> to = targets(byAddress, r.target());
      if (from == null || to.isEmpty()) {
        continue;
      }
      for (Node f : from) {
        for (Node t : to) {
          if (f != t) {
            edges.add(new Edge(f, t, r.kind(), r.attribute(), r.range()));
          }
        }
      }
    }
    for (Node n : nodes) {
      // A called module's variable takes its value from the call's argument of the same name.
      if (n.kind() == NodeKind.VARIABLE && !n.property("module").isEmpty()) {
        String call = n.property("module");
        for (Node c : byAddress.getOrDefault(call, List.of())) {
          edges.add(new Edge(n, c, EdgeKind.REFERENCE, "value", n.range()));
        }
      }
    }
  }

  /** The nodes at {@code address}: a node itself, or every instance of {@code base}. */
  private static List<Node> targets(Map<String, List<Node>> byAddress, String address) {
    List<Node> exact = byAddress.get(address);
    return exact != null ? exact : byAddress.getOrDefault(address + INSTANCES, List.of());
  }

  /** Key suffix under which {@code byAddress} lists every instance of a base address. */
  private static final String INSTANCES = "[*]";

  /** {@code aws_x.y} for {@code aws_x.y[0]} or {@code aws_x.y["k"]}; null for an address without a key. */
  private static String baseOf(String address) {
    if (!address.endsWith("]")) {
      return null;
    }
    int open = address.endsWith("\"]") ? address.lastIndexOf("[\"") : address.lastIndexOf('[');
    return open <= 0 ? null : address.substring(0, open);
  }

  private void emit(ModuleInstance m, String idPrefix, List<Node> nodes, Map<String, List<Node>> byAddress) {
    String module = m.prefix.isEmpty() ? "" : m.prefix.substring(0, m.prefix.length() - 1);
    Map<String, String> props = Map.of("module", module, Node.SCOPE, idPrefix + module,
        "moduleDir", m.config.displayDir(), "rootModuleDir", rootConfig.displayDir());
    ModuleConfig c = m.config;
    for (Map.Entry<String, Block> e : c.variables().entrySet()) {
      add(nodes, byAddress, idPrefix, NodeKind.VARIABLE, "variable", m.prefix + "var." + e.getKey(),
          e.getValue().range(), valueConfig(m.variable(e.getKey()), e.getValue().range(), e.getValue().range()), props);
    }
    for (Map.Entry<String, Attribute> e : c.locals().entrySet()) {
      Attribute a = e.getValue();
      add(nodes, byAddress, idPrefix, NodeKind.LOCAL, "local", m.prefix + "local." + e.getKey(), a.range(),
          valueConfig(m.local(e.getKey()), a.range(), a.range()), props);
    }
    for (String key : c.resources().keySet()) {
      resourceNodes(m.resource(key), NodeKind.RESOURCE, idPrefix, nodes, byAddress, props);
    }
    for (String key : c.dataSources().keySet()) {
      resourceNodes(m.resource("data." + key), NodeKind.DATA, idPrefix, nodes, byAddress, props);
    }
    for (String name : c.moduleCalls().keySet()) {
      ModuleInstance.Call call = m.call(name);
      for (int i = 0; i < call.instances().size(); i++) {
        ModuleInstance.Instance inst = call.instances().get(i);
        add(nodes, byAddress, idPrefix, NodeKind.MODULE_CALL, "module", inst.address(), call.block().range(),
            m.callArguments(name, inst), props);
        ModuleInstance child = call.children().get(i);
        if (child != null) {
          emit(child, idPrefix, nodes, byAddress);
        }
      }
    }
    for (Map.Entry<String, Block> e : c.outputs().entrySet()) {
      Block b = e.getValue();
      SourceRange valueRange = b.body().attribute("value").map(Attribute::range).orElse(b.range());
      add(nodes, byAddress, idPrefix, NodeKind.OUTPUT, "output", m.prefix + "output." + e.getKey(), b.range(),
          valueConfig(m.output(e.getKey()), valueRange, b.range()), props);
    }
  }

  private static void resourceNodes(ModuleInstance.Expanded r, NodeKind kind, String idPrefix, List<Node> nodes,
      Map<String, List<Node>> byAddress, Map<String, String> props) {
    for (int i = 0; i < r.instances().size() && i < r.configs().size(); i++) {
      add(nodes, byAddress, idPrefix, kind, r.block().label(0), r.instances().get(i).address(), r.block().range(),
          r.configs().get(i), props);
    }
  }

  private static MapValue valueConfig(Value v, SourceRange member, SourceRange range) {
    MapValue.Builder b = new MapValue.Builder(MapValue.Kind.BLOCK);
    b.put("value", v, member);
    return b.build(range);
  }

  private static void add(List<Node> nodes, Map<String, List<Node>> byAddress, String idPrefix, NodeKind kind,
      String type, String address, SourceRange range, MapValue config, Map<String, String> props) {
    Node n = new Node(idPrefix + address, kind, SourceFormat.TERRAFORM, type, address, range, config, props);
    nodes.add(n);
    byAddress.computeIfAbsent(address, k -> new ArrayList<>()).add(n);
    String base = baseOf(address);
    if (base != null) {
      byAddress.computeIfAbsent(base + INSTANCES, k -> new ArrayList<>()).add(n);
    }
  }
}
