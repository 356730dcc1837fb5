package dev.iaclint.core.terraform.eval;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.hcl.HclParseResult;
import dev.iaclint.core.hcl.HclParser;
import dev.iaclint.core.hcl.ast.BinaryOpExpr;
import dev.iaclint.core.hcl.ast.ConditionalExpr;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.ForExpr;
import dev.iaclint.core.hcl.ast.FunctionCallExpr;
import dev.iaclint.core.hcl.ast.GetAttrExpr;
import dev.iaclint.core.hcl.ast.IndexExpr;
import dev.iaclint.core.hcl.ast.InvalidExpr;
import dev.iaclint.core.hcl.ast.LiteralExpr;
import dev.iaclint.core.hcl.ast.ObjectExpr;
import dev.iaclint.core.hcl.ast.ObjectItem;
import dev.iaclint.core.hcl.ast.ParenthesesExpr;
import dev.iaclint.core.hcl.ast.ScopeTraversalExpr;
import dev.iaclint.core.hcl.ast.SplatExpr;
import dev.iaclint.core.hcl.ast.SplatItemExpr;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.hcl.ast.TemplatePart;
import dev.iaclint.core.hcl.ast.TraversalStep;
import dev.iaclint.core.hcl.ast.TupleExpr;
import dev.iaclint.core.hcl.ast.UnaryOpExpr;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.Conversions;
import dev.iaclint.core.terraform.functions.FunctionContext;
import dev.iaclint.core.terraform.functions.FunctionException;
import dev.iaclint.core.terraform.functions.FunctionRegistry;
import dev.iaclint.core.terraform.functions.TerraformFunction;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Evaluates HCL expressions the way Terraform does: every operator, conditionals, {@code for}
 * expressions, splats, templates with their directives, index and attribute access, and function
 * calls through {@link FunctionRegistry}.
 *
 * <p>Names that are not bound locally ({@code for} variables, {@code each}, {@code count}, a
 * {@code dynamic} block's iterator) are resolved by the {@link Scope}, which also records what
 * was referenced. An unknown operand makes the result unknown with the operand's reason. A user
 * mistake (a type error, a missing attribute, a bad function argument) is reported as a warning
 * diagnostic and evaluates to an unknown naming the problem: evaluation never throws for bad input.
 */
public final class Evaluator {
  private static final int MAX_TEMPLATE_DEPTH = 8;

  /** Resolves the names an expression refers to. */
  public interface Scope {
    /**
     * The value the start of {@code traversal} refers to, and how many of its steps that used
     * (the evaluator applies the rest); {@code null} when the root name means nothing here.
     */
    Resolved resolve(ScopeTraversalExpr traversal, Evaluator evaluator);

    /**
     * Told when a bound name ({@code each.value}, a {@code for} or {@code dynamic} iterator) reaches
     * the object of resource {@code address}: {@code for_each = aws_s3_bucket.logs} with {@code
     * bucket = each.value.id} refers to that bucket instance as {@code aws_s3_bucket.logs["a"].id}
     * does.
     */
    default void referenced(String address, SourceRange range) {}
  }

  /** What a scope found: the value and how many traversal steps it consumed. */
  public record Resolved(Value value, int consumedSteps) {}

  /** A scope that knows no names: for constant expressions (tfvars, defaults, type constraints). */
  public static final Scope EMPTY = (t, e) -> null;

  private final Scope scope;
  private final Consumer<Diagnostic> diagnostics;
  private final ComputedObjects computed;
  private final FunctionContext files;
  private final Map<String, Value> bindings;
  private Value splatItem;
  private int errors;
  private int quiet;
  private int templateDepth;

  /**
   * @param files the module directory, scan root and working directory file functions use; its
   *     range is ignored (each call gets its own)
   * @param computed resource and data source objects whose missing attributes are computed
   */
  public Evaluator(Scope scope, Consumer<Diagnostic> diagnostics, ComputedObjects computed,
      FunctionContext files, Map<String, Value> bindings) {
    this.scope = scope;
    this.diagnostics = diagnostics;
    this.computed = computed;
    this.files = files;
    this.bindings = bindings.isEmpty() ? new HashMap<>(4) : new HashMap<>(bindings);
  }

  /** An evaluator of constant expressions, with no names, no files and diagnostics to {@code sink}. */
  public static Evaluator constant(Consumer<Diagnostic> sink) {
    return new Evaluator(EMPTY, sink, new ComputedObjects(), null, Map.of());
  }

  /**
   * Stops reporting this evaluator's errors (they still evaluate to unknowns): for the body of an
   * instance that may not exist, because its count or for_each is unknown.
   */
  public Evaluator silenced() {
    quiet++;
    return this;
  }

  /** How many errors this evaluator has met (reported or, inside {@code try}, swallowed). */
  public int errorCount() {
    return errors;
  }

  /** The error reason an erroneous expression evaluates to, after reporting {@code message}. */
  public UnknownValue error(SourceRange range, String message) {
    errors++;
    if (quiet == 0) {
      diagnostics.accept(Diagnostic.warning(range, message));
    }
    return new UnknownValue("error: " + message, range);
  }

  public Value evaluate(Expression e) {
    if (e instanceof LiteralExpr l) {
      return literal(l);
    }
    if (e instanceof TemplateExpr t) {
      return template(t);
    }
    if (e instanceof ScopeTraversalExpr t) {
      return traversal(t);
    }
    if (e instanceof FunctionCallExpr f) {
      return call(f);
    }
    if (e instanceof ConditionalExpr c) {
      return conditional(c);
    }
    if (e instanceof BinaryOpExpr b) {
      return Operators.binary(b, evaluate(b.lhs()), evaluate(b.rhs()), this);
    }
    if (e instanceof UnaryOpExpr u) {
      return Operators.unary(u, evaluate(u.operand()), this);
    }
    if (e instanceof TupleExpr t) {
      List<Value> items = new ArrayList<>(t.items().size());
      for (Expression item : t.items()) {
        items.add(evaluate(item));
      }
      return ListValue.tuple(items, t.range());
    }
    if (e instanceof ObjectExpr o) {
      return object(o);
    }
    if (e instanceof ForExpr f) {
      return forExpr(f);
    }
    if (e instanceof IndexExpr i) {
      return index(evaluate(i.collection()), evaluate(i.key()), i.range());
    }
    if (e instanceof GetAttrExpr g) {
      return getAttr(evaluate(g.source()), g.name(), g.range());
    }
    if (e instanceof SplatExpr s) {
      return splat(s);
    }
    if (e instanceof SplatItemExpr s) {
      return splatItem == null ? error(s.range(), "a splat item outside a splat expression") : splatItem;
    }
    if (e instanceof ParenthesesExpr p) {
      return evaluate(p.expression());
    }
    InvalidExpr invalid = (InvalidExpr) e;
    return new UnknownValue("the expression has a syntax error", invalid.range());
  }

  private static Value literal(LiteralExpr l) {
    Object v = l.value();
    if (v == null) {
      return new NullValue(l.range());
    }
    if (v instanceof Boolean b) {
      return new BoolValue(b, l.range());
    }
    if (v instanceof BigDecimal d) {
      return new NumberValue(d, l.range());
    }
    return new StringValue((String) v, l.range());
  }

  // ---- names

  private Value traversal(ScopeTraversalExpr t) {
    Value bound = bindings.get(t.root());
    int consumed = 0;
    Value current;
    if (bound != null) {
      current = bound;
      referenceThroughBinding(t);
    } else {
      Resolved r = scope.resolve(t, this);
      if (r == null) {
        return error(t.rootRange(), "Unknown name '" + t.root() + "': there is no such variable, object or"
            + " resource type here");
      }
      current = r.value();
      consumed = r.consumedSteps();
    }
    for (int i = consumed; i < t.steps().size(); i++) {
      TraversalStep step = t.steps().get(i);
      SourceRange upTo = SourceRange.span(t.range(), step.range());
      if (step instanceof TraversalStep.Attr a) {
        current = getAttr(current, a.name(), upTo);
      } else if (step instanceof TraversalStep.Index x) {
        current = index(current, literal(x.key()), upTo);
      } else {
        current = index(current, new NumberValue(((TraversalStep.LegacyIndex) step).index(), step.range()), upTo);
      }
    }
    return current;
  }

  /** Reports the first resource object a traversal from a bound name passes through. */
  private void referenceThroughBinding(ScopeTraversalExpr t) {
    Value current = bindings.get(t.root());
    for (int i = 0; ; i++) {
      String address = computed.resourceAddressOf(current);
      if (address != null) {
        scope.referenced(address, t.range());
        return;
      }
      if (i >= t.steps().size() || !(t.steps().get(i) instanceof TraversalStep.Attr a)
          || !(current instanceof MapValue m)) {
        return;
      }
      current = m.get(a.name());
    }
  }

  /** Applies traversal steps {@code from..} of {@code t} to {@code value}: for scopes that resolve part of a path. */
  public Value applySteps(Value value, ScopeTraversalExpr t, int from) {
    Value current = value;
    for (int i = from; i < t.steps().size(); i++) {
      TraversalStep step = t.steps().get(i);
      if (step instanceof TraversalStep.Attr a) {
        current = getAttr(current, a.name(), step.range());
      } else if (step instanceof TraversalStep.Index x) {
        current = index(current, literal(x.key()), step.range());
      } else {
        current = index(current, new NumberValue(((TraversalStep.LegacyIndex) step).index(), step.range()), step.range());
      }
    }
    return current;
  }

  /** {@code source.name}. */
  public Value getAttr(Value source, String name, SourceRange range) {
    if (source instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), range, u.origin());
    }
    if (source instanceof MapValue m) {
      Value v = m.get(name);
      if (v instanceof NullValue && computed.addressOf(m) != null) {
        // Left null in the configuration: the provider may compute it.
        return computed.attribute(m, name, range);
      }
      if (v != null) {
        return inheritOrigin(v, m);
      }
      String owner = computed.addressOf(m);
      if (owner != null) {
        return computed.attribute(m, name, range);
      }
      return error(range, "Unsupported attribute: this object does not have an attribute named \"" + name + "\"");
    }
    if (source instanceof NullValue) {
      return error(range, "Attempt to get attribute \"" + name + "\" from a null value");
    }
    if (source instanceof ListValue l && computed.isInstanceList(l)) {
      return error(range, "Missing resource instance key: this resource has count or for_each, so an instance"
          + " must be chosen ([0], [\"key\"] or [*]) before \"" + name + "\"");
    }
    return error(range, "Unsupported attribute: a " + source.typeName() + " has no attribute \"" + name + "\"");
  }

  /**
   * An element taken out of a value that came through variables came through them too: {@code
   * var.rules[0].cidr} names where {@code var.rules} was set.
   */
  static Value inheritOrigin(Value element, Value collection) {
    return element.origin().isEmpty() && !collection.origin().isEmpty() ? element.withOrigin(collection.origin())
        : element;
  }

  /** {@code collection[key]}. */
  public Value index(Value collection, Value key, SourceRange range) {
    if (collection instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), range, u.origin());
    }
    if (key instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), range, u.origin());
    }
    if (collection instanceof NullValue) {
      return error(range, "Attempt to index a null value");
    }
    if (collection instanceof ListValue l) {
      if (l.kind() == ListValue.Kind.SET) {
        return error(range, "Invalid index: elements of a set are identified only by their value and cannot be"
            + " indexed; convert it with tolist() first");
      }
      BigDecimal n = Operators.number(key);
      if (n == null || n.signum() < 0 && n.compareTo(BigDecimal.ZERO) != 0
          || n.stripTrailingZeros().scale() > 0) {
        return error(range, "Invalid index: a list is indexed by a whole number, not by a " + key.typeName());
      }
      if (n.compareTo(BigDecimal.valueOf(l.size())) >= 0 && computed.addressOf(l) != null) {
        // A nested block the configuration does not write: the provider may fill it in.
        return computed.attribute(l, "[" + Conversions.numberToString(n) + "]", range);
      }
      if (n.compareTo(BigDecimal.valueOf(l.size())) >= 0) {
        return error(range, "Invalid index: the index " + Conversions.numberToString(n) + " is out of range for a"
            + " collection of " + l.size() + " elements");
      }
      return inheritOrigin(l.get(n.intValueExact()), l);
    }
    if (collection instanceof MapValue m) {
      String k = Operators.string(key);
      if (k == null) {
        return error(range, "Invalid index: a map is indexed by a string, not by a " + key.typeName());
      }
      Value v = m.get(k);
      if (v != null) {
        return inheritOrigin(v, m);
      }
      String owner = computed.addressOf(m);
      if (owner != null) {
        return computed.attribute(m, k, range);
      }
      return error(range, "Invalid index: the given key does not identify an element in this collection");
    }
    return error(range, "Invalid index: a " + collection.typeName() + " cannot be indexed");
  }

  // ---- templates

  /** Marks a template directive whose condition or collection is unknown: no partial text then. */
  private static final char UNKNOWN_DIRECTIVE = '\uE001';

  private Value template(TemplateExpr t) {
    if (t.unwrapped().isPresent()) {
      // "${x}" alone is x itself, of whatever type.
      return evaluate(t.unwrapped().get());
    }
    StringBuilder sb = new StringBuilder();
    UnknownValue unknown = appendParts(t.parts(), sb);
    if (unknown != null) {
      // The text around unknown interpolations is kept (unless a directive is unknown): see partialText.
      String partial = sb.indexOf(String.valueOf(UNKNOWN_DIRECTIVE)) < 0 ? sb.toString() : null;
      return new UnknownValue(unknown.reason(), t.range(), unknown.origin(), false, partial);
    }
    return new StringValue(sb.toString(), t.range());
  }

  private UnknownValue appendParts(List<TemplatePart> parts, StringBuilder sb) {
    UnknownValue unknown = null;
    for (TemplatePart p : parts) {
      UnknownValue u = appendPart(p, sb);
      if (u != null && unknown == null) {
        unknown = u;
      }
    }
    return unknown;
  }

  private UnknownValue appendPart(TemplatePart p, StringBuilder sb) {
    if (p instanceof TemplatePart.Literal lit) {
      sb.append(lit.value());
      return null;
    }
    if (p instanceof TemplatePart.Interpolation i) {
      Value v = evaluate(i.expression());
      if (v instanceof UnknownValue u) {
        sb.append(UnknownValue.HOLE);
        return u;
      }
      if (isPartlyKnownDocument(v)) {
        // A jsonencode() document with unknown parts (see call()): as a string it is unknown.
        sb.append(UnknownValue.HOLE);
        return v.firstUnknown();
      }
      String s = Operators.string(v);
      if (s == null) {
        return v instanceof NullValue
            ? error(i.range(), "Invalid template interpolation value: the value is null")
            : error(i.range(), "Invalid template interpolation value: cannot include a " + v.typeName()
                + " in a string template");
      }
      sb.append(s);
      return null;
    }
    if (p instanceof TemplatePart.IfDirective d) {
      Value c = evaluate(d.condition());
      if (c instanceof UnknownValue u) {
        sb.append(UNKNOWN_DIRECTIVE);
        return u;
      }
      Boolean b = Operators.bool(c);
      if (b == null) {
        return error(d.condition().range(), "Invalid template directive: the condition is a " + c.typeName()
            + ", not a bool");
      }
      return appendParts(b ? d.thenParts() : d.elseParts(), sb);
    }
    TemplatePart.ForDirective f = (TemplatePart.ForDirective) p;
    Value coll = evaluate(f.collection());
    if (coll instanceof UnknownValue u) {
      sb.append(UNKNOWN_DIRECTIVE);
      return u;
    }
    List<Value[]> pairs = Iteration.pairs(coll);
    if (pairs == null) {
      return error(f.collection().range(), "Invalid template directive: cannot iterate over a " + coll.typeName());
    }
    UnknownValue unknown = null;
    for (Value[] kv : pairs) {
      Map<String, Value> saved = bind(f.keyVar(), kv[0], f.valueVar(), kv[1]);
      UnknownValue u = appendParts(f.body(), sb);
      restore(saved);
      if (u != null && unknown == null) {
        unknown = u;
      }
    }
    return unknown;
  }

  private Map<String, Value> bind(String keyVar, Value key, String valueVar, Value value) {
    Map<String, Value> saved = new HashMap<>();
    if (keyVar != null) {
      saved.put(keyVar, bindings.get(keyVar));
      bindings.put(keyVar, key);
    }
    saved.put(valueVar, bindings.get(valueVar));
    bindings.put(valueVar, value);
    return saved;
  }

  private void restore(Map<String, Value> saved) {
    for (Map.Entry<String, Value> e : saved.entrySet()) {
      if (e.getValue() == null) {
        bindings.remove(e.getKey());
      } else {
        bindings.put(e.getKey(), e.getValue());
      }
    }
  }

  // ---- structure

  private Value object(ObjectExpr o) {
    MapValue.Builder b = new MapValue.Builder(MapValue.Kind.OBJECT);
    UnknownValue unknownKey = null;
    for (ObjectItem item : o.items()) {
      Value key = evaluate(item.key());
      if (key instanceof UnknownValue u) {
        unknownKey = unknownKey == null ? u : unknownKey;
        continue;
      }
      String k = Operators.string(key);
      if (k == null) {
        error(item.key().range(), "Invalid object key: a key is a string, not a " + key.typeName());
        continue;
      }
      b.put(k, evaluate(item.value()), item.range());
    }
    if (unknownKey != null) {
      return new UnknownValue(unknownKey.reason(), o.range(), unknownKey.origin());
    }
    return b.build(o.range());
  }

  private Value conditional(ConditionalExpr c) {
    Value cond = evaluate(c.condition());
    if (cond instanceof UnknownValue u) {
      Value t = evaluate(c.trueResult());
      Value f = evaluate(c.falseResult());
      // Both branches agree: the condition does not matter.
      return t.sameAs(f) ? t : new UnknownValue(u.reason(), c.range(), u.origin());
    }
    Boolean b = Operators.bool(cond);
    if (b == null) {
      return error(c.condition().range(), "Incorrect condition type: the condition is a " + cond.typeName()
          + ", not a bool");
    }
    return evaluate(b ? c.trueResult() : c.falseResult());
  }

  private Value forExpr(ForExpr f) {
    Value coll = evaluate(f.collection());
    if (coll instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), f.range(), u.origin());
    }
    List<Value[]> pairs = Iteration.pairs(coll);
    if (pairs == null) {
      return error(f.collection().range(), coll instanceof NullValue
          ? "Iteration over a null value"
          : "Iteration over a " + coll.typeName() + ": a for expression needs a list, set, tuple, map or object");
    }
    List<Value> items = new ArrayList<>();
    Map<String, List<Value>> groups = new LinkedHashMap<>();
    Map<String, Value> objectItems = new LinkedHashMap<>();
    for (Value[] kv : pairs) {
      Map<String, Value> saved = bind(f.keyVar(), kv[0], f.valueVar(), kv[1]);
      try {
        if (f.condition() != null) {
          Value keep = evaluate(f.condition());
          if (keep instanceof UnknownValue u) {
            return new UnknownValue(u.reason(), f.range(), u.origin());
          }
          Boolean b = Operators.bool(keep);
          if (b == null) {
            return error(f.condition().range(), "Invalid for expression filter: the condition is a "
                + keep.typeName() + ", not a bool");
          }
          if (!b) {
            continue;
          }
        }
        Value value = evaluate(f.valueExpr());
        if (!f.isObject()) {
          items.add(value);
          continue;
        }
        Value key = evaluate(f.keyExpr());
        if (key instanceof UnknownValue u) {
          return new UnknownValue(u.reason(), f.range(), u.origin());
        }
        String k = Operators.string(key);
        if (k == null) {
          return error(f.keyExpr().range(), "Invalid object key: a key is a string, not a " + key.typeName());
        }
        if (f.grouping()) {
          groups.computeIfAbsent(k, x -> new ArrayList<>()).add(value);
        } else if (objectItems.putIfAbsent(k, value) != null) {
          return error(f.keyExpr().range(), "Duplicate object key \"" + k + "\": add '...' after the value to"
              + " group the values of equal keys");
        }
      } finally {
        restore(saved);
      }
    }
    if (!f.isObject()) {
      return ListValue.tuple(items, f.range());
    }
    if (f.grouping()) {
      for (Map.Entry<String, List<Value>> g : groups.entrySet()) {
        objectItems.put(g.getKey(), ListValue.tuple(g.getValue(), f.range()));
      }
    }
    return MapValue.object(objectItems, f.range());
  }

  private Value splat(SplatExpr s) {
    Value source = evaluate(s.source());
    if (source instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), s.range(), u.origin());
    }
    if (source instanceof NullValue) {
      return ListValue.tuple(List.of(), s.range());
    }
    List<Value> elements;
    ListValue.Kind kind = ListValue.Kind.TUPLE;
    boolean single = false;
    if (source instanceof ListValue l) {
      elements = l.elements();
      kind = l.kind() == ListValue.Kind.TUPLE ? ListValue.Kind.TUPLE : ListValue.Kind.LIST;
    } else {
      // A single value splats as a one-element tuple.
      elements = List.of(source);
      single = true;
    }
    Value savedItem = splatItem;
    List<Value> out = new ArrayList<>(elements.size());
    try {
      for (Value e : elements) {
        splatItem = e;
        out.add(evaluate(s.each()));
      }
    } finally {
      splatItem = savedItem;
    }
    return new ListValue(out, single ? ListValue.Kind.TUPLE : kind, s.range());
  }

  // ---- functions

  private Value call(FunctionCallExpr f) {
    String name = f.qualifiedName();
    String plain = name.startsWith("core::") ? name.substring(6) : name;
    switch (plain) {
      case "try":
        return tryCall(f);
      case "can":
        return canCall(f);
      case "templatefile":
        return templatefile(f);
      default:
        break;
    }
    TerraformFunction fn = FunctionRegistry.standard().lookup(name);
    List<Value> args = arguments(f);
    if (fn == null) {
      return new UnknownValue(f.namespace() != null
          ? "provider function " + name + " is not evaluated by iaclint"
          : "function " + name + " is not known to iaclint", f.range());
    }
    if (args == null) {
      return new UnknownValue("the expanded argument list of " + name + " is unknown", f.range());
    }
    if (fn.name().equals("jsonencode") && args.size() == 1 && isPartlyKnownDocument(args.get(0))) {
      // Terraform would give a wholly unknown string. A policy whose Resource is an ARN known only
      // after apply is still a policy: keep the document as data, its unknown parts unknown, so that
      // rules can judge what is known (PolicyDocument reads objects as well as JSON text).
      Value document = args.get(0).withRange(f.range());
      computed.document(document);
      return document;
    }
    for (int i = 0; i < args.size(); i++) {
      if (computed.isDocument(args.get(i))) {
        // Anywhere but as an attribute's value, the document is the unknown string it stands for.
        UnknownValue u = args.get(i).firstUnknown();
        args.set(i, new UnknownValue(u.reason(), args.get(i).range(), u.origin()));
      }
    }
    if (args.size() < fn.minArgs() || args.size() > fn.maxArgs()) {
      return error(f.range(), "Invalid number of arguments: " + name + " takes "
          + (fn.minArgs() == fn.maxArgs() ? String.valueOf(fn.minArgs())
              : fn.maxArgs() == Integer.MAX_VALUE ? "at least " + fn.minArgs()
                  : fn.minArgs() + " to " + fn.maxArgs())
          + " arguments, not " + args.size());
    }
    try {
      return fn.call(args, context(f.range()));
    } catch (FunctionException e) {
      int i = e.argumentIndex();
      SourceRange at = i >= 0 && i < f.args().size() ? f.args().get(i).range() : f.range();
      return error(at, "Error in function call " + name + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return error(f.range(), "Error in function call " + name + ": iaclint could not evaluate it ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** A collection with some, but not all, of its contents unknown. */
  static boolean isPartlyKnownDocument(Value v) {
    return (v instanceof MapValue || v instanceof ListValue) && !v.isWhollyKnown();
  }

  /** The arguments with a final {@code ...} expanded; {@code null} when that list is unknown. */
  private List<Value> arguments(FunctionCallExpr f) {
    List<Value> args = new ArrayList<>(f.args().size());
    for (Expression a : f.args()) {
      args.add(evaluate(a));
    }
    if (f.expandFinal() && !args.isEmpty()) {
      Value last = args.remove(args.size() - 1);
      if (last instanceof ListValue l) {
        args.addAll(l.elements());
      } else if (last instanceof UnknownValue) {
        return null;
      } else {
        args.add(error(last.range(), "Invalid expanding argument: only a list, set or tuple can be expanded"));
      }
    }
    return args;
  }

  private FunctionContext context(SourceRange range) {
    return files == null ? FunctionContext.withoutFiles(range)
        : new FunctionContext(range, files.moduleDir(), files.scanRoot(), files.workingDir());
  }

  private Value tryCall(FunctionCallExpr f) {
    for (Expression a : f.args()) {
      int before = errors;
      quiet++;
      Value v;
      try {
        v = evaluate(a);
      } finally {
        quiet--;
      }
      if (errors == before) {
        return v;
      }
    }
    return error(f.range(), "Error in function call try: no expression succeeded");
  }

  private Value canCall(FunctionCallExpr f) {
    if (f.args().size() != 1) {
      return error(f.range(), "Invalid number of arguments: can takes 1 argument, not " + f.args().size());
    }
    int before = errors;
    quiet++;
    Value v;
    try {
      v = evaluate(f.args().get(0));
    } finally {
      quiet--;
    }
    if (errors != before) {
      errors = before;
      return new BoolValue(false, f.range());
    }
    if (v instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), f.range(), u.origin());
    }
    return new BoolValue(true, f.range());
  }

  private Value templatefile(FunctionCallExpr f) {
    if (f.args().size() != 2) {
      return error(f.range(), "Invalid number of arguments: templatefile takes 2 arguments, not " + f.args().size());
    }
    Value path = evaluate(f.args().get(0));
    Value vars = evaluate(f.args().get(1));
    TerraformFunction file = FunctionRegistry.standard().lookup("file");
    Value text;
    try {
      text = file.call(List.of(path), context(f.range()));
    } catch (FunctionException e) {
      return error(f.args().get(0).range(), "Error in function call templatefile: " + e.getMessage());
    }
    if (!(text instanceof StringValue s)) {
      return text instanceof UnknownValue u ? new UnknownValue(u.reason(), f.range(), u.origin()) : text;
    }
    if (vars instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), f.range(), u.origin());
    }
    if (!(vars instanceof MapValue m)) {
      return error(f.args().get(1).range(), "Invalid value for \"vars\" parameter: an object or map is required");
    }
    if (templateDepth >= MAX_TEMPLATE_DEPTH) {
      return error(f.range(), "Error in function call templatefile: templates nest too deeply");
    }
    String display = ((StringValue) path).value();
    HclParseResult parsed = HclParser.parseTemplate(SourceFile.of(display, s.value()));
    if (parsed.hasErrors()) {
      return error(f.range(), "Error in function call templatefile: the template " + display
          + " has a syntax error: " + parsed.diagnostics().get(0).format());
    }
    Evaluator inner = new Evaluator(EMPTY, diagnostics, computed, files, m.entries());
    inner.templateDepth = templateDepth + 1;
    Value result = inner.evaluate(parsed.expression());
    errors += inner.errors;
    if (result instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), f.range(), u.origin());
    }
    String rendered = Operators.string(result);
    return rendered == null ? error(f.range(), "Error in function call templatefile: the template produced a "
        + result.typeName() + ", not a string") : new StringValue(rendered, f.range());
  }
}
