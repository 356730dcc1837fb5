package dev.iaclint.core.terraform.plan;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.NodeIds;
import dev.iaclint.core.yaml.Values;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terraform's plan JSON ({@code terraform show -json PLANFILE}): detection, and its nodes and edges
 * in the same graph the {@code .tf} files give, so that every Terraform rule judges a plan too.
 *
 * <p>Nodes are {@link SourceFormat#TERRAFORM}, addressed as Terraform prints them ({@code
 * module.search.aws_opensearch_domain.this[0]}):
 *
 * <ul>
 *   <li>every resource and data source of {@code planned_values} (what will exist after apply;
 *       resources being destroyed are not there), and the data sources Terraform read while
 *       planning, which are only in {@code prior_state}. Their configuration is the planned {@code
 *       values} as {@link PlanValues} shapes them: unknowns from {@code after_unknown}, sensitive
 *       strings hidden, unset schema attributes left out;
 *   <li>per module instance, its variables ({@code var.x}, {@code module.m.var.x}; a root
 *       variable's {@code value} is the one planned with), outputs ({@code output.x}, {@code
 *       module.m.output.x}) and module calls ({@code module.m}, {@code module.m[0]}; their config
 *       holds the arguments written as constants, the only ones plan JSON records a value for).
 *       These follow the conventions of the {@code .tf} evaluator (docs/ARCHITECTURE.md).
 * </ul>
 *
 * Edges come from the {@code configuration} section, which keeps each expression's {@code
 * references}: a REFERENCE edge per referenced object, at the attribute path where it is written
 * (list and block indices left out), resolved within the module instance; {@code depends_on} gives
 * DEPENDS_ON; a module's variables refer to their module call, whose arguments refer to what they
 * name in the calling module. Locals are not in plan JSON, so a reference through a local is lost.
 *
 * <p>Every range points into the plan file. Each node has the properties {@code scope} (the plan
 * file and module instance: literal names are matched within one), {@code module} (the module
 * instance address, "" for the root module) and, for resources, {@code provider}.
 */
public final class TerraformPlans {
  private static final String ID_FORMAT = "terraform-plan";

  private TerraformPlans() {}

  /**
   * Whether {@code root} is plan JSON: an object with {@code format_version} and either {@code
   * planned_values} or both {@code terraform_version} and {@code configuration}.
   */
  public static boolean isPlan(Value root) {
    return root instanceof MapValue m && m.has("format_version")
        && (m.has("planned_values") || m.has("terraform_version") && m.has("configuration"));
  }

  /** Adds the plan's nodes and edges to the graph; problems with its shape become warnings. */
  public static void load(SourceFile file, MapValue plan, LoadContext context) {
    new Loader(file, plan, context).load();
  }

  /** A planned resource or data source with what resolving references to it needs. */
  private record Planned(Node node, String instance, String key, String index, MapValue configResource) {}

  private static final class Loader {
    private final SourceFile file;
    private final MapValue plan;
    private final LoadContext context;
    private final Map<String, MapValue> configModules = new HashMap<>();
    private final Map<String, MapValue> moduleCallConfigs = new HashMap<>();
    private final Map<String, Value> afterUnknown = new HashMap<>();
    /** Module instance addresses in plan order, the root ("") first. */
    private final List<String> instances = new ArrayList<>();
    private final Map<String, Planned> planned = new LinkedHashMap<>();
    private final Map<String, List<Planned>> byInstanceAndKey = new HashMap<>();
    private final Map<String, Node> others = new HashMap<>();
    private final Set<String> edgeKeys = new HashSet<>();
    /** Edges of module objects, added once every node exists (a root output names a child's output). */
    private final List<Runnable> moduleEdges = new ArrayList<>();

    Loader(SourceFile file, MapValue plan, LoadContext context) {
      this.file = file;
      this.plan = plan;
      this.context = context;
    }

    void load() {
      String version = Values.scalarText(plan.get("format_version"));
      if (version == null || !version.startsWith("1.")) {
        context.report(Diagnostic.warning(plan.memberRange("format_version"), "plan JSON format_version "
            + (version == null ? "(none)" : "'" + version + "'") + " is not one iaclint knows (1.x); read as 1.x"));
      }
      if (PlanValues.isTrue(plan.get("errored"))) {
        context.report(Diagnostic.warning(plan.memberRange("errored"), "Terraform reported errors while making"
            + " this plan; resources it could not plan are not checked"));
      }
      if (hasTerraformFilesBeside(file, context)) {
        context.report(Diagnostic.notice(SourceRange.startOf(file), "the .tf files in this plan's directory are"
            + " scanned too, so each problem they share is reported twice; scan the plan on its own, or leave it"
            + " out with --exclude-path"));
      }
      indexConfiguration(Values.mapAt(plan, "configuration", "root_module"), "");
      for (Value change : Values.elements(plan.get("resource_changes"))) {
        String address = Values.stringAt(change, "address");
        Value unknown = Values.at(change, "change", "after_unknown");
        if (address != null && unknown != null) {
          afterUnknown.put(address, unknown);
        }
      }
      instances.add("");
      readModule(Values.mapAt(plan, "planned_values", "root_module"), "", true);
      readModule(Values.mapAt(plan, "prior_state", "values", "root_module"), "", false);
      for (String instance : instances) {
        addModuleObjects(instance);
      }
      moduleEdges.forEach(Runnable::run);
      for (Planned p : planned.values()) {
        if (p.configResource() != null) {
          addEdges(p.node(), p.instance(), p.configResource().get("expressions"), "");
          addEdges(p.node(), p.instance(), p.configResource().get("count_expression"), "count");
          addEdges(p.node(), p.instance(), p.configResource().get("for_each_expression"), "for_each");
          for (Value dependency : Values.elements(p.configResource().get("depends_on"))) {
            addEdge(p.node(), p.instance(), dependency, EdgeKind.DEPENDS_ON, "");
          }
        }
      }
    }

    /** Whether the scan holds {@code .tf} files in the plan's directory (usually its root module). */
    private static boolean hasTerraformFilesBeside(SourceFile file, LoadContext context) {
      Path dir = file.path() == null ? null : file.path().toAbsolutePath().normalize().getParent();
      for (SourceFile other : context.files()) {
        Path p = other.path() == null ? null : other.path().toAbsolutePath().normalize();
        if (dir != null && p != null && dir.equals(p.getParent()) && p.getFileName().toString().endsWith(".tf")) {
          return true;
        }
      }
      return false;
    }

    private void indexConfiguration(MapValue module, String path) {
      if (module == null) {
        return;
      }
      configModules.put(path, module);
      MapValue calls = Values.mapAt(module, "module_calls");
      if (calls != null) {
        for (String name : calls.keys()) {
          String callPath = join(path, "module." + name);
          if (calls.get(name) instanceof MapValue call) {
            moduleCallConfigs.put(callPath, call);
            indexConfiguration(Values.mapAt(call, "module"), callPath);
          }
        }
      }
    }

    /**
     * Reads one module of {@code planned_values} (or, for data sources only, of {@code
     * prior_state}) and its child modules.
     */
    private void readModule(MapValue module, String instance, boolean planValues) {
      if (module == null) {
        return;
      }
      for (Value r : Values.elements(module.get("resources"))) {
        if (r instanceof MapValue resource) {
          readResource(resource, instance, planValues);
        }
      }
      for (Value child : Values.elements(module.get("child_modules"))) {
        String address = Values.stringAt(child, "address");
        if (address != null && child instanceof MapValue c) {
          if (!instances.contains(address)) {
            instances.add(address);
          }
          readModule(c, address, planValues);
        }
      }
    }

    private void readResource(MapValue r, String instance, boolean planValues) {
      String address = Values.stringAt(r, "address");
      String mode = Values.stringAt(r, "mode");
      String type = Values.stringAt(r, "type");
      String name = Values.stringAt(r, "name");
      if (address == null || type == null || name == null || planned.containsKey(address)) {
        return;
      }
      boolean data = "data".equals(mode);
      if (!planValues && !data) {
        return; // current state of a managed resource: planned_values says what it becomes
      }
      String key = (data ? "data." : "") + type + "." + name;
      String local = instance.isEmpty() ? address : address.substring(Math.min(address.length(), instance.length() + 1));
      String index = local.startsWith(key) ? local.substring(key.length()) : "";
      MapValue configResource = configResource(instance, key);
      SourceRange range = r.has("address") ? SourceRange.span(r.memberRange("address"), r.range()) : r.range();
      MapValue config = PlanValues.resourceConfig(address, Values.map(r.get("values")), afterUnknown.get(address),
          r.get("sensitive_values"),
          configResource == null ? null : Values.mapAt(configResource, "expressions"), range);
      Map<String, String> properties = properties(instance);
      String provider = Values.stringAt(r, "provider_name");
      if (provider != null) {
        properties.put("provider", provider);
      }
      Node node = new Node(NodeIds.of(ID_FORMAT, file, address), data ? NodeKind.DATA : NodeKind.RESOURCE,
          SourceFormat.TERRAFORM, type, address, range, config, properties);
      context.graph().add(node);
      Planned p = new Planned(node, instance, key, index, configResource);
      planned.put(address, p);
      byInstanceAndKey.computeIfAbsent(instance + "\u0000" + key, k -> new ArrayList<>()).add(p);
    }

    private MapValue configResource(String instance, String key) {
      MapValue module = configModules.get(configPath(instance));
      for (Value r : Values.elements(module == null ? null : module.get("resources"))) {
        if (key.equals(Values.stringAt(r, "address"))) {
          return (MapValue) r;
        }
      }
      return null;
    }

    /** The variables, outputs and (for a child module) the module call of one module instance. */
    private void addModuleObjects(String instance) {
      String path = configPath(instance);
      MapValue module = configModules.get(path);
      if (module == null) {
        return;
      }
      Node call = null;
      if (!instance.isEmpty()) {
        MapValue callConfig = moduleCallConfigs.get(path);
        String parentPath = path.substring(0, Math.max(0, path.lastIndexOf(".module.")));
        MapValue calls = Values.mapAt(configModules.get(parentPath), "module_calls");
        String callName = path.substring(path.lastIndexOf("module.") + "module.".length());
        SourceRange range = calls != null && calls.has(callName) ? calls.memberRange(callName) : module.range();
        MapValue.Builder config = new MapValue.Builder(MapValue.Kind.BLOCK);
        MapValue arguments = callConfig == null ? null : Values.mapAt(callConfig, "expressions");
        if (arguments != null) {
          // Plan JSON records only arguments written as constants; the others have no value here.
          for (String argument : arguments.keys()) {
            MapValue expression = Values.map(arguments.get(argument));
            if (expression != null && expression.has("constant_value")) {
              config.put(argument, expression.get("constant_value"), arguments.memberRange(argument));
            }
          }
        }
        call = addOther(instance, NodeKind.MODULE_CALL, "module", config.build(range), range,
            parentInstance(instance));
        if (callConfig != null) {
          Node from = call;
          moduleEdges.add(() -> addEdges(from, parentInstance(instance), callConfig.get("expressions"), ""));
        }
      }
      MapValue variables = Values.mapAt(module, "variables");
      if (variables != null) {
        for (String name : variables.keys()) {
          MapValue.Builder config = new MapValue.Builder(MapValue.Kind.BLOCK);
          if (instance.isEmpty()) {
            Value value = Values.at(plan, "variables", name, "value");
            if (value != null) {
              boolean sensitive = PlanValues.isTrue(Values.at(variables.get(name), "sensitive"));
              config.put("value", sensitive ? new UnknownValue("var." + name + " is sensitive and is not read",
                  value.range()) : value, Values.mapAt(plan, "variables", name).memberRange("value"));
            }
          }
          SourceRange range = variables.memberRange(name);
          Node variable = addOther(join(instance, "var." + name), NodeKind.VARIABLE, "variable", config.build(range),
              range, instance);
          if (call != null) {
            addNewEdge(new Edge(variable, call, EdgeKind.REFERENCE, "value", range));
          }
        }
      }
      MapValue outputs = Values.mapAt(module, "outputs");
      if (outputs != null) {
        for (String name : outputs.keys()) {
          MapValue.Builder config = new MapValue.Builder(MapValue.Kind.BLOCK);
          MapValue planned = instance.isEmpty() ? Values.mapAt(plan, "planned_values", "outputs", name) : null;
          if (planned != null && planned.get("value") != null) {
            Value value = planned.get("value");
            config.put("value", PlanValues.isTrue(planned.get("sensitive"))
                ? new UnknownValue("output." + name + " is sensitive and is not read", value.range()) : value,
                planned.memberRange("value"));
          }
          SourceRange range = outputs.memberRange(name);
          Node output = addOther(join(instance, "output." + name), NodeKind.OUTPUT, "output", config.build(range),
              range, instance);
          Value expression = Values.at(outputs.get(name), "expression");
          moduleEdges.add(() -> addEdges(output, instance, expression, "value"));
        }
      }
    }

    private Node addOther(String address, NodeKind kind, String type, MapValue config, SourceRange range,
        String instance) {
      String id = NodeIds.of(ID_FORMAT, file, address);
      if (context.graph().get(id) != null) {
        return context.graph().get(id); // a resource a broken plan gave the same address
      }
      Node node = new Node(id, kind, SourceFormat.TERRAFORM, type, address, range, config, properties(instance));
      context.graph().add(node);
      others.put(address, node);
      return node;
    }

    private Map<String, String> properties(String instance) {
      Map<String, String> properties = new LinkedHashMap<>();
      properties.put(Node.SCOPE, NodeIds.fileKey(file) + "#" + instance);
      properties.put("module", instance);
      return properties;
    }

    /**
     * The REFERENCE edges of an expression tree: an expression ({@code {"references": [...]}}, {@code
     * {"constant_value": ...}}) at {@code path}, a block's map of expressions, or a list of blocks.
     */
    private void addEdges(Node from, String instance, Value expressions, String path) {
      if (expressions instanceof ListValue blocks) {
        for (Value block : blocks.elements()) {
          addEdges(from, instance, block, path);
        }
      } else if (expressions instanceof MapValue m) {
        if (m.has("references") || m.has("constant_value")) {
          for (StringValue reference : PlanReference.mostSpecific(Values.elements(m.get("references")))) {
            addEdge(from, instance, reference, EdgeKind.REFERENCE, path);
          }
        } else {
          for (String key : m.keys()) {
            addEdges(from, instance, m.get(key), path.isEmpty() ? key : path + "." + key);
          }
        }
      }
    }

    private void addEdge(Node from, String instance, Value reference, EdgeKind kind, String attribute) {
      if (!(reference instanceof StringValue text)) {
        return;
      }
      for (Node to : resolve(instance, PlanReference.parse(text.value()))) {
        if (to != from) {
          addNewEdge(new Edge(from, to, kind, attribute, text.range()));
        }
      }
    }

    /** One edge per (from, to, kind, attribute): {@code x.id} and {@code x} name the same object. */
    private void addNewEdge(Edge edge) {
      if (edgeKeys.add(edge.from().id() + "\u0000" + edge.to().id() + "\u0000" + edge.kind() + "\u0000"
          + edge.attribute())) {
        context.graph().addEdge(edge);
      }
    }

    /** The nodes a reference written in module instance {@code instance} names. */
    private List<Node> resolve(String instance, PlanReference ref) {
      String first = ref.step(0);
      if (first == null || ref.step(1) == null) {
        return List.of();
      }
      return switch (first) {
        case "var" -> found(others.get(join(instance, "var." + ref.step(1))));
        case "local", "count", "each", "path", "terraform", "self" -> List.of();
        case "module" -> modules(instance, ref);
        case "data" -> resources(instance, "data." + ref.step(1) + "." + ref.step(2), ref.step(3));
        default -> resources(instance, first + "." + ref.step(1), ref.step(2));
      };
    }

    private List<Node> resources(String instance, String key, String index) {
      List<Node> result = new ArrayList<>();
      for (Planned p : byInstanceAndKey.getOrDefault(instance + "\u0000" + key, List.of())) {
        if (!PlanReference.isIndex(index) || p.index().equals(index)) {
          result.add(p.node());
        }
      }
      return result;
    }

    /** {@code module.m} (the call), {@code module.m.out} / {@code module.m[0].out} (its outputs). */
    private List<Node> modules(String instance, PlanReference ref) {
      String call = join(instance, "module." + ref.step(1));
      boolean indexed = PlanReference.isIndex(ref.step(2));
      String output = ref.step(indexed ? 3 : 2);
      List<Node> result = new ArrayList<>();
      for (String candidate : instances) {
        boolean match = indexed ? candidate.equals(call + ref.step(2))
            : candidate.equals(call) || candidate.startsWith(call + "[")
                && PlanReference.parse(candidate.substring(call.length())).steps().size() == 1;
        if (match) {
          Node n = others.get(output == null || PlanReference.isIndex(output) ? candidate
              : join(candidate, "output." + output));
          if (n != null) {
            result.add(n);
          }
        }
      }
      return result;
    }

    private static List<Node> found(Node node) {
      return node == null ? List.of() : List.of(node);
    }

    /** {@code module.a[0].module.b["x"]} → {@code module.a.module.b}. */
    private static String configPath(String instance) {
      StringBuilder sb = new StringBuilder();
      for (String step : PlanReference.parse(instance).steps()) {
        if (!PlanReference.isIndex(step)) {
          sb.append(sb.length() == 0 ? "" : ".").append(step);
        }
      }
      return sb.toString();
    }

    private String parentInstance(String instance) {
      String parent = "";
      for (String candidate : instances) {
        if (!candidate.isEmpty() && instance.startsWith(candidate + ".module.") && candidate.length() > parent.length()) {
          parent = candidate;
        }
      }
      return parent;
    }

    private static String join(String instance, String local) {
      return instance.isEmpty() ? local : instance + "." + local;
    }
  }
}
