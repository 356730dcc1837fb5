package dev.iaclint.core.terraform;

import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.Body;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.LiteralExpr;
import dev.iaclint.core.hcl.ast.ScopeTraversalExpr;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.hcl.ast.TraversalStep;
import dev.iaclint.core.hcl.ast.TupleExpr;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.eval.Evaluator;
import dev.iaclint.core.terraform.eval.Iteration;
import dev.iaclint.core.terraform.functions.FunctionContext;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One instance of a module: the root module, or a called module under {@code module.NAME.} (and
 * instance keys). Everything is evaluated lazily and once: a variable, local, resource, data source,
 * module call or output is computed when first needed, memoised, and a reference cycle is reported
 * with its path instead of recursing.
 */
final class ModuleInstance {
  /** Top-level arguments of resources and data sources that are not configuration. */
  private static final Set<String> RESOURCE_META = Set.of("count", "for_each", "depends_on", "provider");
  /** Nested blocks of resources that are not configuration. */
  private static final Set<String> RESOURCE_META_BLOCKS = Set.of("lifecycle", "provisioner", "connection");
  /** Arguments of a module block that are not inputs. */
  private static final Set<String> MODULE_META = Set.of("source", "version", "count", "for_each", "providers",
      "depends_on");
  private static final int MAX_DEPTH = 32;

  /** One expanded instance of a resource, data source or module call. */
  record Instance(String address, Value key, Map<String, Value> bindings) {}

  /** A resource or data source, expanded and evaluated. */
  record Expanded(String base, Block block, List<Instance> instances, List<MapValue> configs, Value reference) {}

  /**
   * A module call, expanded; children are null when the module's source could not be read. Its
   * value as a whole ({@code module.x}: every output) is computed only when something uses it, so
   * that {@code module.x.one_output} evaluates that output alone, as Terraform's graph does.
   */
  final class Call {
    final Block block;
    final List<Instance> instances;
    final List<ModuleInstance> children;
    private Value reference;

    Call(Block block, List<Instance> instances, List<ModuleInstance> children) {
      this.block = block;
      this.instances = instances;
      this.children = children;
    }

    Block block() {
      return block;
    }

    List<Instance> instances() {
      return instances;
    }

    List<ModuleInstance> children() {
      return children;
    }

    Value reference() {
      if (reference == null) {
        List<Value> objects = new ArrayList<>();
        for (ModuleInstance child : children) {
          objects.add(child == null
              ? new UnknownValue("module " + block.label(0) + " was not evaluated, so its outputs are unknown",
                  block.headerRange())
              : new OutputsObject(child).value());
        }
        reference = ModuleInstance.this.reference(block, instances, objects);
      }
      return reference;
    }
  }

  private final TerraformEvaluation run;
  final ModuleConfig config;
  /** {@code ""} for a root module, {@code module.search.} or {@code module.search["a"].} for a called one. */
  final String prefix;
  /** The module's path in {@code modules.json} keys: "" for a root module, {@code search.nested}. */
  final String moduleKey;
  private final ModuleInstance parent;
  private final String callAddress;
  private final Block callBlock;
  private final Map<String, Value> callBindings;
  private final int depth;

  /** Evaluated module call arguments by {@code instance|argument} (see {@link #callArgument}). */
  private final Map<String, Value> callArgumentsByKey = new HashMap<>();
  private final Map<String, Value> outputs = new HashMap<>();
  /** Variables and locals by name: read far more often than anything else, looked up without building keys. */
  private final Map<String, Value> variables = new HashMap<>();
  private final Map<String, Value> locals = new HashMap<>();
  private final Map<String, Expanded> expanded = new HashMap<>();
  private final Map<String, Call> calls = new HashMap<>();
  /** Names of this instance's values being evaluated now, by kind (see {@link TerraformEvaluation#enter}). */
  private final Map<String, java.util.Set<String>> evaluating = new HashMap<>();
  private FunctionContext files;
  private Map<String, Attribute> callArgumentsByName;
  private final Map<String, String> variableAddresses = new HashMap<>();
  private final Map<String, String> localAddresses = new HashMap<>();
  /** Each module call instance's arguments, by instance address: read when evaluating, again for its node. */
  private final Map<String, MapValue> callArgumentValues = new HashMap<>();

  ModuleInstance(TerraformEvaluation run, ModuleConfig config, String prefix, String moduleKey,
      ModuleInstance parent, String callAddress, Block callBlock, Map<String, Value> callBindings, int depth) {
    this.run = run;
    this.config = config;
    this.prefix = prefix;
    this.moduleKey = moduleKey;
    this.parent = parent;
    this.callAddress = callAddress;
    this.callBlock = callBlock;
    this.callBindings = callBindings;
    this.depth = depth;
  }

  boolean isRoot() {
    return parent == null;
  }

  String callAddress() {
    return callAddress;
  }

  /** Evaluates everything the module declares (so that every node gets its configuration). */
  void evaluateAll() {
    config.variables().keySet().forEach(this::variable);
    config.locals().keySet().forEach(this::local);
    config.resources().keySet().forEach(this::resource);
    config.dataSources().keySet().forEach(k -> resource("data." + k));
    for (String name : config.moduleCalls().keySet()) {
      Call call = call(name);
      for (int i = 0; i < call.instances().size(); i++) {
        callArguments(name, call.instances().get(i));
        ModuleInstance child = call.children().get(i);
        if (child != null) {
          child.evaluateAll();
        }
      }
    }
    config.outputs().keySet().forEach(this::output);
  }

  /** The call's arguments by name, read once: a module with many variables looks each one up. */
  private Map<String, Attribute> callArgumentsByName() {
    if (callArgumentsByName == null) {
      callArgumentsByName = new HashMap<>();
      for (Attribute a : callBlock.body().attributes()) {
        callArgumentsByName.putIfAbsent(a.name(), a);
      }
    }
    return callArgumentsByName;
  }

  /**
   * {@code prefix + kind + name} ({@code module.m.var.x}), built once per name: references to
   * variables and locals are the most frequent, and each becomes an edge looked up by this address.
   */
  private String addressOf(String kind, String name) {
    Map<String, String> addresses = kind.equals("var.") ? variableAddresses : localAddresses;
    String address = addresses.get(name);
    if (address == null) {
      address = prefix + kind + name;
      addresses.put(name, address);
    }
    return address;
  }

  // ---- memoisation and cycles

  /**
   * Marks {@code kind + name} ({@code var.x}, or a resource key with kind "") as being evaluated;
   * false when it already is (a reference cycle). Kept per kind so that no key is built.
   */
  boolean startEvaluating(String kind, String name) {
    return evaluating.computeIfAbsent(kind, k -> new java.util.HashSet<>()).add(name);
  }

  void stopEvaluating(String kind, String name) {
    evaluating.get(kind).remove(name);
  }

  /** The value of {@code kind + name} from {@code cache}, computed (and cached) when it is not there. */
  private Value memo(Map<String, Value> cache, String kind, String name, SourceRange where, Supplier<Value> compute) {
    Value v = cache.get(name);
    if (v != null) {
      return v;
    }
    UnknownValue cycle = run.enter(this, kind, name, where);
    if (cycle != null) {
      return cycle;
    }
    try {
      v = compute.get();
    } finally {
      run.leave(this, kind, name);
    }
    cache.put(name, v);
    return v;
  }

  // ---- variables, locals, outputs

  Value variable(String name) {
    Value known = variables.get(name);
    if (known != null) {
      return known;
    }
    Block block = config.variables().get(name);
    return memo(variables, "var.", name, block.headerRange(), () -> computeVariable(name, block));
  }

  private Value computeVariable(String name, Block block) {
    TerraformEvaluation.VariableDeclaration declared = run.variableDeclaration(name, block);
    TerraformType type = declared.type();
    Value dflt = declared.defaultValue();
    boolean nullable = declared.nullable();
    Value raw;
    if (isRoot()) {
      raw = run.rootInput(name, type, declared.typed());
    } else {
      Attribute argument = callArgumentsByName().get(name);
      raw = argument == null ? null : parent.callArgument(callAddress, callBlock, callBindings, argument);
      if (raw != null) {
        raw = raw.withOrigin(raw.origin().then(new Origin.Step(Origin.Kind.MODULE_INPUT, name, argument.range())));
      }
    }
    if (raw == null || raw instanceof NullValue && !nullable) {
      raw = dflt;
    }
    if (raw == null) {
      if (!isRoot()) {
        return run.error(callBlock.headerRange(), "Missing required argument: the input variable \"" + name
            + "\" of " + callAddress + " is not set, and has no default");
      }
      return new UnknownValue("var." + name + " has no value (no default, tfvars, --var or TF_VAR_" + name + ")",
          block.headerRange());
    }
    try {
      return Conversions.convert(raw, type);
    } catch (ConversionException e) {
      return run.error(raw.range(), "Invalid value for variable \"" + name + "\": " + e.getMessage());
    }
  }

  Value local(String name) {
    Value known = locals.get(name);
    if (known != null) {
      return known;
    }
    Attribute a = config.locals().get(name);
    return memo(locals, "local.", name, a.nameRange(), () -> {
      Value value = evaluator(addressOf("local.", name), "value", Map.of()).evaluate(a.expression());
      return value.withOrigin(value.origin().then(new Origin.Step(Origin.Kind.LOCAL, name, a.range())));
    });
  }

  Value output(String name) {
    Block b = config.outputs().get(name);
    return memo(outputs, "output.", name, b.headerRange(), () -> b.body().attribute("value")
        .map(a -> evaluator(prefix + "output." + name, "value", Map.of()).evaluate(a.expression()))
        .orElseGet(() -> run.error(b.headerRange(), "Missing required argument: output \"" + name
            + "\" has no value")));
  }

  // ---- resources and data sources

  /** The resource ({@code aws_s3_bucket.logs}) or data source ({@code data.aws_vpc.main}) {@code key}. */
  Expanded resource(String key) {
    Expanded e = expanded.get(key);
    if (e != null) {
      return e;
    }
    boolean data = key.startsWith("data.");
    Block block = data ? config.dataSources().get(key.substring(5)) : config.resources().get(key);
    String base = prefix + key;
    UnknownValue cycle = run.enter(this, "", key, block.headerRange());
    if (cycle != null) {
      return new Expanded(base, block, List.of(), List.of(), cycle);
    }
    try {
      List<Instance> instances = expand(base, block, null);
      List<MapValue> configs = new ArrayList<>();
      String type = block.label(0);
      for (Instance instance : instances) {
        MapValue body = body(block.body(), block.range(), instance.address(), "", instance.bindings(), true);
        if (data) {
          body = DataSources.withComputed(type, body, run.constants());
          run.computed().dataSource(body, instance.address());
        } else {
          run.computed().resource(body, instance.address());
        }
        configs.add(body);
      }
      e = new Expanded(base, block, instances, configs, reference(block, instances, configs));
    } finally {
      run.leave(this, "", key);
    }
    expanded.put(key, e);
    return e;
  }

  /** The value {@code aws_x.y} stands for: the object, a tuple of objects (count) or a map (for_each). */
  private Value reference(Block block, List<Instance> instances, List<? extends Value> objects) {
    if (instances.size() == 1 && instances.get(0).key() instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), block.headerRange());
    }
    if (block.body().attribute("count").isPresent()) {
      ListValue list = ListValue.tuple(new ArrayList<>(objects), block.range());
      run.computed().instances(list);
      return list;
    }
    if (block.body().attribute("for_each").isPresent()) {
      MapValue.Builder b = new MapValue.Builder(MapValue.Kind.OBJECT);
      for (int i = 0; i < instances.size(); i++) {
        b.put(((StringValue) instances.get(i).key()).value(), objects.get(i));
      }
      return b.build(block.range());
    }
    return objects.isEmpty() ? new NullValue(block.range()) : objects.get(0);
  }

  /**
   * The instances of a block with {@code count} or {@code for_each}: {@code base[0]}, {@code
   * base["key"]}; one instance at {@code base} without them, or when they are unknown (then
   * {@code count.index} or {@code each} is unknown).
   */
  private List<Instance> expand(String base, Block block, Map<String, Value> outer) {
    Map<String, Value> bindings = outer == null ? Map.of() : outer;
    Attribute count = block.body().attribute("count").orElse(null);
    Attribute forEach = block.body().attribute("for_each").orElse(null);
    List<Instance> out = new ArrayList<>();
    if (count != null) {
      Value n = evaluator(base, "count", bindings).evaluate(count.expression());
      if (n instanceof UnknownValue u) {
        UnknownValue why = new UnknownValue("the count of " + base + " is unknown: " + u.reason(), count.range());
        out.add(new Instance(base, why, with(bindings, "count", object(Map.of("index", why), count.range()))));
        return out;
      }
      BigDecimal number = n instanceof NumberValue nv ? nv.value()
          : n instanceof StringValue s ? Conversions.parseNumber(s.value()) : null;
      if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
        run.error(count.expression().range(), "Invalid count argument: count is a whole number, not "
            + (n instanceof NullValue ? "null" : "a " + n.typeName()));
        return out;
      }
      int size = Math.min(number.intValue(), 10_000);
      for (int i = 0; i < size; i++) {
        NumberValue index = new NumberValue(i, count.range());
        out.add(new Instance(base + "[" + i + "]", index,
            with(bindings, "count", object(Map.of("index", index), count.range()))));
      }
      return out;
    }
    if (forEach != null) {
      Value coll = evaluator(base, "for_each", bindings).evaluate(forEach.expression());
      UnknownValue u = coll instanceof UnknownValue uv ? uv
          : coll instanceof ListValue l && l.kind() == ListValue.Kind.SET ? l.firstUnknown() : null;
      if (u != null) {
        UnknownValue why = new UnknownValue("the for_each of " + base + " is unknown: " + u.reason(), forEach.range());
        out.add(new Instance(base, why, with(bindings, "each",
            object(Map.of("key", why, "value", why), forEach.range()))));
        return out;
      }
      if (coll instanceof ListValue l && l.kind() != ListValue.Kind.SET && !l.isEmpty()) {
        run.error(forEach.expression().range(), "Invalid for_each argument: for_each needs a map or a set of"
            + " strings, not a " + l.typeName() + "; convert it with toset()");
      }
      List<Value[]> pairs = coll instanceof NullValue ? null : Iteration.pairs(coll);
      if (pairs == null) {
        run.error(forEach.expression().range(), "Invalid for_each argument: for_each needs a map or a set of"
            + " strings, not " + (coll instanceof NullValue ? "null" : "a " + coll.typeName()));
        return out;
      }
      for (Value[] kv : pairs) {
        Value key = coll instanceof ListValue ? kv[1] : kv[0];
        if (!(key instanceof StringValue s)) {
          run.error(forEach.expression().range(), "Invalid for_each argument: the elements of a set must be"
              + " strings, not a " + key.typeName());
          continue;
        }
        out.add(new Instance(base + "[" + quote(s.value()) + "]", s,
            with(bindings, "each", object(Map.of("key", s, "value", kv[1]), forEach.range()))));
      }
      return out;
    }
    out.add(new Instance(base, null, bindings));
    return out;
  }

  private static MapValue object(Map<String, Value> members, SourceRange range) {
    MapValue.Builder b = new MapValue.Builder(MapValue.Kind.OBJECT);
    members.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.put(e.getKey(), e.getValue()));
    return b.build(range);
  }

  private static Map<String, Value> with(Map<String, Value> bindings, String name, Value value) {
    Map<String, Value> out = new HashMap<>(bindings);
    out.put(name, value);
    return out;
  }

  static String quote(String key) {
    return '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /**
   * A block body as configuration: attributes evaluated, nested blocks as lists of blocks by type
   * (in source order, {@code dynamic} blocks expanded), member ranges where they are written.
   */
  private MapValue body(Body body, SourceRange range, String owner, String path, Map<String, Value> bindings,
      boolean top) {
    MapValue.Builder b = new MapValue.Builder(MapValue.Kind.BLOCK);
    for (Attribute a : body.attributes()) {
      if (top && RESOURCE_META.contains(a.name())) {
        if (a.name().equals("depends_on")) {
          dependsOn(owner, a);
        }
        continue;
      }
      b.put(a.name(), evaluator(owner, join(path, a.name()), bindings).evaluate(a.expression()), a.range());
    }
    Map<String, List<Value>> blocks = new LinkedHashMap<>();
    Map<String, SourceRange> blockRanges = new LinkedHashMap<>();
    for (Block nested : body.blocks()) {
      if (top && RESOURCE_META_BLOCKS.contains(nested.type())) {
        continue;
      }
      if (nested.type().equals("dynamic") && nested.labels().size() == 1) {
        String type = nested.label(0);
        blockRanges.putIfAbsent(type, nested.range());
        blocks.computeIfAbsent(type, k -> new ArrayList<>()).addAll(dynamic(nested, owner, join(path, type), bindings));
        continue;
      }
      blockRanges.putIfAbsent(nested.type(), nested.range());
      blocks.computeIfAbsent(nested.type(), k -> new ArrayList<>())
          .add(body(nested.body(), nested.range(), owner, join(path, nested.type()), bindings, false));
    }
    for (Map.Entry<String, List<Value>> e : blocks.entrySet()) {
      if (b.has(e.getKey())) {
        run.error(blockRanges.get(e.getKey()), "Duplicate argument: \"" + e.getKey()
            + "\" is set both as an argument and as a block");
        continue;
      }
      SourceRange r = blockRanges.get(e.getKey());
      b.put(e.getKey(), new ListValue(e.getValue(), ListValue.Kind.BLOCKS, r), r);
    }
    return b.build(range);
  }

  private List<Value> dynamic(Block dyn, String owner, String path, Map<String, Value> bindings) {
    Attribute forEach = dyn.body().attribute("for_each").orElse(null);
    List<Block> contents = dyn.body().blocks("content");
    if (forEach == null || contents.size() != 1) {
      run.error(dyn.headerRange(), "Invalid dynamic block: it needs a for_each argument and one content block");
      return List.of();
    }
    String iterator = dyn.body().attribute("iterator").map(a -> traversalName(a.expression())).orElse(dyn.label(0));
    Value coll = evaluator(owner, path, bindings).evaluate(forEach.expression());
    if (coll instanceof UnknownValue u) {
      // How many blocks there will be is unknown: rules see one unknown block.
      return List.of(new UnknownValue("the for_each of dynamic \"" + dyn.label(0) + "\" is unknown: " + u.reason(),
          dyn.range()));
    }
    List<Value[]> pairs = coll instanceof NullValue ? null : Iteration.pairs(coll);
    if (pairs == null) {
      run.error(forEach.expression().range(), "Invalid dynamic for_each value: a collection is required, not "
          + (coll instanceof NullValue ? "null" : "a " + coll.typeName()));
      return List.of();
    }
    List<Value> out = new ArrayList<>();
    for (Value[] kv : pairs) {
      Map<String, Value> inner = with(bindings, iterator, object(Map.of("key", kv[0], "value", kv[1]), forEach.range()));
      out.add(body(contents.get(0).body(), contents.get(0).range(), owner, path, inner, false));
    }
    return out;
  }

  private static String traversalName(Expression e) {
    if (e instanceof ScopeTraversalExpr t && t.steps().isEmpty()) {
      return t.root();
    }
    if (e instanceof LiteralExpr l && l.value() instanceof String s) {
      return s;
    }
    if (e instanceof TemplateExpr t) {
      return t.literalValue().orElse(null);
    }
    return null;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private void dependsOn(String owner, Attribute a) {
    if (!(a.expression() instanceof TupleExpr list)) {
      return;
    }
    for (Expression item : list.items()) {
      if (item instanceof ScopeTraversalExpr t) {
        String target = targetOf(t);
        if (target != null) {
          run.reference(owner, target, "", t.range(), EdgeKind.DEPENDS_ON);
        } else {
          run.error(t.range(), "Invalid depends_on reference: " + t.toPath() + " is not a resource, data source"
              + " or module declared here");
        }
      }
    }
  }

  /** The node address a depends_on entry names (all instances), or null. */
  private String targetOf(ScopeTraversalExpr t) {
    List<String> names = new ArrayList<>();
    for (TraversalStep s : t.steps()) {
      if (!(s instanceof TraversalStep.Attr a)) {
        break;
      }
      names.add(a.name());
    }
    if (t.root().equals("module") && !names.isEmpty() && config.moduleCalls().containsKey(names.get(0))) {
      return prefix + "module." + names.get(0);
    }
    if (t.root().equals("data") && names.size() >= 2 && config.dataSources().containsKey(names.get(0) + "." + names.get(1))) {
      return prefix + "data." + names.get(0) + "." + names.get(1);
    }
    if (!names.isEmpty() && config.resources().containsKey(t.root() + "." + names.get(0))) {
      return prefix + t.root() + "." + names.get(0);
    }
    return null;
  }

  // ---- module calls

  Call call(String name) {
    Call c = calls.get(name);
    if (c != null) {
      return c;
    }
    Block block = config.moduleCalls().get(name);
    String base = prefix + "module." + name;
    String key = moduleKey.isEmpty() ? name : moduleKey + "." + name;
    ModuleConfig target = depth >= MAX_DEPTH ? null : run.moduleSource(this, name, block, key);
    if (depth >= MAX_DEPTH) {
      run.error(block.headerRange(), "Module calls nest more than " + MAX_DEPTH + " deep; " + base
          + " is not evaluated");
    }
    List<Instance> instances = expand(base, block, null);
    List<ModuleInstance> children = new ArrayList<>();
    for (Instance instance : instances) {
      children.add(target == null ? null : new ModuleInstance(run, target, instance.address() + ".", key, this,
          instance.address(), block, instance.bindings(), depth + 1));
    }
    c = new Call(block, instances, children);
    calls.put(name, c);
    return c;
  }

  /** The module's outputs as an object, each evaluated on demand. */
  private record OutputsObject(ModuleInstance module) {
    Value value() {
      MapValue.Builder b = new MapValue.Builder(MapValue.Kind.OBJECT);
      for (String out : module.config.outputs().keySet()) {
        b.put(out, module.output(out));
      }
      return b.build(module.callBlock.range());
    }
  }

  /** An argument of a module call instance, evaluated here (in the calling module), once. */
  Value callArgument(String address, Block block, Map<String, Value> bindings, Attribute argument) {
    String key = address.substring(prefix.length()) + "|" + argument.name();
    return memo(callArgumentsByKey, "", key, argument.range(),
        () -> evaluator(address, argument.name(), bindings).evaluate(argument.expression()));
  }

  /** The call instance's arguments as its node's configuration. */
  MapValue callArguments(String name, Instance instance) {
    MapValue known = callArgumentValues.get(instance.address());
    if (known == null) {
      known = readCallArguments(name, instance);
      callArgumentValues.put(instance.address(), known);
    }
    return known;
  }

  private MapValue readCallArguments(String name, Instance instance) {
    Block block = config.moduleCalls().get(name);
    MapValue.Builder b = new MapValue.Builder(MapValue.Kind.BLOCK);
    for (Attribute a : block.body().attributes()) {
      if (a.name().equals("source") || a.name().equals("version")) {
        b.put(a.name(), run.constants().evaluate(a.expression()), a.range());
      } else if (!MODULE_META.contains(a.name())) {
        b.put(a.name(), callArgument(instance.address(), block, instance.bindings(), a), a.range());
      } else if (a.name().equals("depends_on")) {
        dependsOn(instance.address(), a);
      }
    }
    return b.build(block.range());
  }

  // ---- scope

  private Evaluator evaluator(String owner, String attribute, Map<String, Value> bindings) {
    AttributeScope scope = new AttributeScope(owner, attribute);
    Evaluator ev = new Evaluator(scope, run::report, run.computed(), files(), bindings);
    scope.evaluator = ev;
    return mayNotExist(bindings) ? ev.silenced() : ev;
  }

  /** Whether the bindings are those of an instance whose count or for_each is unknown. */
  private static boolean mayNotExist(Map<String, Value> bindings) {
    return bindings.get("count") instanceof MapValue c && c.get("index") instanceof UnknownValue
        || bindings.get("each") instanceof MapValue e && e.get("key") instanceof UnknownValue;
  }

  private FunctionContext files() {
    if (files == null) {
      files = new FunctionContext(config.range(), config.dir(), run.scanRoot(), run.workingDir());
    }
    return files;
  }

  /** Resolves names for one attribute of one node, recording each reference as an edge. */
  private final class AttributeScope implements Evaluator.Scope {
    private final String owner;
    private final String attribute;
    private Evaluator evaluator;

    AttributeScope(String owner, String attribute) {
      this.owner = owner;
      this.attribute = attribute;
    }

    @Override
    public Evaluator.Resolved resolve(ScopeTraversalExpr t, Evaluator ev) {
      String root = t.root();
      List<TraversalStep> steps = t.steps();
      String first = steps.isEmpty() || !(steps.get(0) instanceof TraversalStep.Attr a) ? null : a.name();
      switch (root) {
        case "var" -> {
          if (first == null) {
            return fail(t, "A reference to var needs an attribute: var.NAME");
          }
          if (!config.variables().containsKey(first)) {
            return fail(t, "Reference to undeclared input variable: var." + first + " is not declared"
                + " (add a variable \"" + first + "\" block)");
          }
          ref(addressOf("var.", first), t);
          return new Evaluator.Resolved(variable(first), 1);
        }
        case "local" -> {
          if (first == null) {
            return fail(t, "A reference to local needs an attribute: local.NAME");
          }
          if (!config.locals().containsKey(first)) {
            return fail(t, "Reference to undeclared local value: local." + first + " is not declared");
          }
          ref(addressOf("local.", first), t);
          return new Evaluator.Resolved(local(first), 1);
        }
        case "module" -> {
          return module(t, first);
        }
        case "data" -> {
          String second = steps.size() < 2 || !(steps.get(1) instanceof TraversalStep.Attr a) ? null : a.name();
          if (first == null || second == null) {
            return fail(t, "A reference to a data source needs its type and name: data.TYPE.NAME");
          }
          String key = "data." + first + "." + second;
          if (!config.dataSources().containsKey(first + "." + second)) {
            return fail(t, "Reference to undeclared data source: " + key + " is not declared");
          }
          ref(prefix + key + instanceSuffix(steps, 2), t);
          return new Evaluator.Resolved(resource(key).reference(), 2);
        }
        case "path" -> {
          return new Evaluator.Resolved(path(t, first), 1);
        }
        case "terraform" -> {
          if ("workspace".equals(first)) {
            return new Evaluator.Resolved(new StringValue("default", t.range()), 1);
          }
          return fail(t, "Invalid terraform attribute: only terraform.workspace can be read");
        }
        case "self" -> {
          return new Evaluator.Resolved(new UnknownValue("self is evaluated only in provisioners, after apply",
              t.range()), 0);
        }
        case "each" -> {
          return fail(t, "Reference to \"each\" in a context without for_each");
        }
        case "count" -> {
          return fail(t, "Reference to \"count\" in a context without count");
        }
        default -> {
          if (first == null) {
            return null;
          }
          String key = root + "." + first;
          if (!config.resources().containsKey(key)) {
            return fail(t, "Reference to undeclared resource: a resource \"" + root + "\" \"" + first
                + "\" is not declared in this module");
          }
          ref(prefix + key + instanceSuffix(steps, 1), t);
          return new Evaluator.Resolved(resource(key).reference(), 1);
        }
      }
    }

    private Evaluator.Resolved module(ScopeTraversalExpr t, String name) {
      if (name == null) {
        return fail(t, "A reference to a module needs its name: module.NAME");
      }
      Block block = config.moduleCalls().get(name);
      if (block == null) {
        return fail(t, "Reference to undeclared module: module." + name + " is not declared");
      }
      List<TraversalStep> steps = t.steps();
      boolean expanded = block.body().attribute("count").isPresent() || block.body().attribute("for_each").isPresent();
      String instance = expanded ? instanceSuffix(steps, 1) : "";
      int outputStep = expanded ? 2 : 1;
      Call call = call(name);
      if ((!expanded || !instance.isEmpty()) && steps.size() > outputStep
          && steps.get(outputStep) instanceof TraversalStep.Attr out) {
        String address = prefix + "module." + name + instance;
        ModuleInstance child = null;
        for (int i = 0; i < call.instances().size(); i++) {
          if (call.instances().get(i).address().equals(address)) {
            child = call.children().get(i);
          }
        }
        if (child == null) {
          ref(address, t);
          return new Evaluator.Resolved(call.reference(), 1);
        }
        if (!child.config.outputs().containsKey(out.name())) {
          return fail(t, "Unsupported attribute: " + address + " has no output named \"" + out.name() + "\"");
        }
        ref(address + ".output." + out.name(), t);
        return new Evaluator.Resolved(child.output(out.name()), outputStep + 1);
      }
      ref(prefix + "module." + name + instance, t);
      return new Evaluator.Resolved(call.reference(), 1);
    }

    private Value path(ScopeTraversalExpr t, String which) {
      if ("module".equals(which)) {
        return new StringValue(run.relativeToRoot(config.dir()), t.range());
      }
      if ("root".equals(which)) {
        return new StringValue(".", t.range());
      }
      if ("cwd".equals(which)) {
        return new StringValue(run.workingDir() == null ? "." : run.workingDir().toString(), t.range());
      }
      return evaluator.error(t.range(), "Invalid path attribute: path.module, path.root or path.cwd");
    }

    private Evaluator.Resolved fail(ScopeTraversalExpr t, String message) {
      return new Evaluator.Resolved(evaluator.error(t.range(), message), t.steps().size());
    }

    private void ref(String target, ScopeTraversalExpr t) {
      run.reference(owner, target, attribute, t.range(), EdgeKind.REFERENCE);
    }

    @Override
    public void referenced(String address, SourceRange range) {
      run.reference(owner, address, attribute, range, EdgeKind.REFERENCE);
    }
  }

  /** {@code [0]} or {@code ["key"]} when step {@code i} is a constant index, else "". */
  private static String instanceSuffix(List<TraversalStep> steps, int i) {
    if (i >= steps.size()) {
      return "";
    }
    TraversalStep s = steps.get(i);
    if (s instanceof TraversalStep.LegacyIndex l) {
      return "[" + l.index() + "]";
    }
    if (s instanceof TraversalStep.Index x) {
      Object k = x.key().value();
      if (k instanceof BigDecimal d) {
        return "[" + Conversions.numberToString(d) + "]";
      }
      if (k instanceof String str) {
        return "[" + quote(str) + "]";
      }
    }
    return "";
  }
}
