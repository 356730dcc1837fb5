package dev.iaclint.core.cloudformation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates CloudFormation intrinsic functions as far as they can be without an AWS account:
 * parameters (defaults and {@code --cfn-param} overrides), mappings, conditions, {@code Fn::Sub},
 * {@code Fn::Join} and friends. Anything only known at deploy time becomes an {@link UnknownValue}
 * with the reason; {@code AWS::NoValue} removes the property. While evaluating, it records the
 * references it sees ({@code Ref}, {@code Fn::GetAtt}, {@code ${X}} in {@code Fn::Sub}) with the
 * property path where they are written, for the graph's edges.
 */
final class TemplateEvaluator {
  /** A reference found while evaluating: becomes an edge from the node being evaluated. */
  record Reference(String target, EdgeKind kind, String attribute, SourceRange range) {}

  /** Resources that a false condition leaves out of the stack. */
  private static final String NOT_CREATED = "is not created: its condition '%s' is false";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SourceFile file;
  private final MapValue parameters;
  private final MapValue mappings;
  private final MapValue conditions;
  private final MapValue resources;
  private final Map<String, String> overrides;
  private final List<Diagnostic> diagnostics;
  private final Map<String, Value> conditionValues = new HashMap<>();
  private final Set<String> conditionsInProgress = new HashSet<>();
  private final Map<String, Value> parameterValues = new HashMap<>();
  private List<Reference> references = new ArrayList<>();
  /** Logical IDs of Rain modules: the names their expansion defines start with them. */
  private final Set<String> rainModules = new HashSet<>();

  TemplateEvaluator(SourceFile file, MapValue template, Map<String, String> overrides,
      List<Diagnostic> diagnostics) {
    this.file = file;
    this.parameters = orEmpty(Values.map(template.get("Parameters")), template);
    this.mappings = orEmpty(Values.map(template.get("Mappings")), template);
    this.conditions = orEmpty(Values.map(template.get("Conditions")), template);
    this.resources = orEmpty(Values.map(template.get("Resources")), template);
    this.overrides = overrides;
    this.diagnostics = diagnostics;
  }

  private static MapValue orEmpty(MapValue m, MapValue template) {
    return m != null ? m : new MapValue(Map.of(), MapValue.Kind.OBJECT, template.range());
  }

  /** Declares a resource that is a Rain module ({@code Type: !Rain::Module file}), not expanded here. */
  void addRainModule(String logicalId) {
    rainModules.add(logicalId);
  }

  /** The Rain module whose expansion may define {@code name}, or {@code null}. */
  private String rainModuleOf(String name) {
    for (String m : rainModules) {
      if (name.startsWith(m)) {
        return m;
      }
    }
    return null;
  }

  /** Starts recording references for a new node; returns the ones recorded since the last call. */
  List<Reference> takeReferences() {
    List<Reference> taken = references;
    references = new ArrayList<>();
    return taken;
  }

  /** Whether the resource exists in the stack: its {@code Condition} is true or cannot be decided. */
  boolean isCreated(String logicalId) {
    MapValue resource = Values.map(resources.get(logicalId));
    if (resource == null) {
      return false;
    }
    String condition = Values.string(resource.get("Condition"));
    return condition == null || !(condition(condition, resource.memberRange("Condition")) instanceof BoolValue b)
        || b.value();
  }

  /** The value of a parameter as a {@code Ref} sees it, with the origin naming where it was set. */
  Value parameter(String name, SourceRange at) {
    Value cached = parameterValues.get(name);
    if (cached == null) {
      cached = computeParameter(name, at);
      parameterValues.put(name, cached);
    }
    return cached;
  }

  private Value computeParameter(String name, SourceRange at) {
    MapValue def = Values.map(parameters.get(name));
    if (def == null) {
      return new UnknownValue("parameter '" + name + "' is not declared correctly", at);
    }
    if (isTrue(def.get("NoEcho"))) {
      return new UnknownValue("parameter '" + name + "' is NoEcho: a secret supplied at deploy time",
          parameters.memberRange(name));
    }
    String type = Values.string(def.get("Type"));
    String override = overrides.get(name);
    if (override != null) {
      SourceRange where = SourceRange.startOf(SourceFile.synthetic("--cfn-param " + name));
      return typed(new StringValue(override, where), type)
          .withOrigin(Origin.of(new Origin.Step(Origin.Kind.PARAMETER_OVERRIDE, name, where)));
    }
    Value dflt = def.get("Default");
    if (dflt == null) {
      return new UnknownValue("parameter '" + name + "' has no Default; pass --cfn-param " + name
          + "=VALUE", parameters.memberRange(name));
    }
    return typed(dflt, type)
        .withOrigin(Origin.of(new Origin.Step(Origin.Kind.PARAMETER_DEFAULT, name, def.memberRange("Default"))));
  }

  /** Lists for {@code CommaDelimitedList} and {@code List<…>} parameters, numbers for {@code Number}. */
  private static Value typed(Value v, String type) {
    if (type == null || !(v instanceof StringValue s)) {
      return v;
    }
    if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
      List<Value> items = new ArrayList<>();
      for (String part : s.value().split(",", -1)) {
        items.add(new StringValue(part.trim(), s.range()));
      }
      return ListValue.tuple(items, s.range());
    }
    if (type.equals("Number")) {
      try {
        return new NumberValue(new BigDecimal(s.value().trim()), s.range());
      } catch (NumberFormatException e) {
        return v;
      }
    }
    return v;
  }

  /** The truth of a named condition: a {@link BoolValue}, or an {@link UnknownValue} saying why not. */
  Value condition(String name, SourceRange at) {
    Value cached = conditionValues.get(name);
    if (cached != null) {
      return cached;
    }
    Value expr = conditions.get(name);
    if (expr == null) {
      diagnostics.add(Diagnostic.warning(at, "condition '" + name + "' is not defined in Conditions"));
      return new UnknownValue("condition '" + name + "' is not defined", at);
    }
    if (!conditionsInProgress.add(name)) {
      diagnostics.add(Diagnostic.warning(at, "condition '" + name + "' depends on itself"));
      return new UnknownValue("condition '" + name + "' depends on itself", at);
    }
    List<Reference> saved = references;
    references = new ArrayList<>();
    Value v = conditionExpression(expr);
    references = saved;
    conditionsInProgress.remove(name);
    if (!(v instanceof BoolValue) && !(v instanceof UnknownValue)) {
      v = new UnknownValue("condition '" + name + "' is not a boolean", expr.range());
    }
    conditionValues.put(name, v);
    return v;
  }

  private Value conditionExpression(Value expr) {
    if (expr instanceof MapValue m && m.size() == 1 && m.has("Condition")) {
      String name = Values.string(m.get("Condition"));
      return name == null ? new UnknownValue("Condition must name a condition", m.range())
          : condition(name, m.range());
    }
    Value v = evaluate(expr, "");
    if (v instanceof StringValue s && (s.value().equals("true") || s.value().equals("false"))) {
      return new BoolValue(s.value().equals("true"), s.range(), s.origin());
    }
    return v == null ? new UnknownValue("condition has no value", expr.range()) : v;
  }

  /**
   * The value of {@code v} once intrinsic functions are applied, or {@code null} when it is
   * {@code AWS::NoValue} (the property is removed).
   *
   * @param path the property path where {@code v} is written, for the edges of references in it
   */
  Value evaluate(Value v, String path) {
    if (v instanceof MapValue m) {
      if (m.size() == 1) {
        String fn = m.keys().iterator().next();
        if (fn.equals("Ref") || fn.startsWith("Fn::")) {
          return intrinsic(fn, m.get(fn), m.range(), path);
        }
        if (fn.startsWith("Rain::")) {
          return new UnknownValue(fn + " is expanded by 'rain pkg', not here", m.range());
        }
      }
      MapValue.Builder b = new MapValue.Builder(m.kind());
      for (String key : m.keys()) {
        Value e = evaluate(m.get(key), child(path, key));
        if (e != null) {
          b.put(key, e, m.memberRange(key));
        }
      }
      return b.build(m.range()).withOrigin(m.origin());
    }
    if (v instanceof ListValue l) {
      List<Value> out = new ArrayList<>(l.size());
      for (Value e : l.elements()) {
        Value ev = evaluate(e, path);
        if (ev != null) {
          out.add(ev);
        }
      }
      return new ListValue(out, l.kind(), l.range(), l.origin());
    }
    if (v instanceof StringValue s && isDynamicReference(s.value())) {
      return dynamicReference(s.value(), s.range());
    }
    return v;
  }

  /** {@code {{resolve:secretsmanager:…}}}, {@code {{resolve:ssm-secure:…}}} and {@code {{resolve:ssm:…}}}. */
  static boolean isDynamicReference(String s) {
    return s.contains("{{resolve:");
  }

  private static UnknownValue dynamicReference(String text, SourceRange range) {
    int at = text.indexOf("{{resolve:") + "{{resolve:".length();
    int colon = text.indexOf(':', at);
    String service = colon > at ? text.substring(at, colon) : "?";
    String what = switch (service) {
      case "secretsmanager" -> "AWS Secrets Manager";
      case "ssm-secure" -> "an SSM SecureString parameter";
      case "ssm" -> "an SSM parameter";
      default -> "a dynamic reference";
    };
    return new UnknownValue("resolved from " + what + " ({{resolve:" + service + ":…}}) at deploy time", range);
  }

  private Value intrinsic(String fn, Value arg, SourceRange range, String path) {
    return switch (fn) {
      case "Ref" -> ref(arg, range, path);
      case "Fn::GetAtt" -> getAtt(arg, range, path);
      case "Fn::Sub" -> sub(arg, range, path);
      case "Fn::Join" -> join(arg, range, path);
      case "Fn::Select" -> select(arg, range, path);
      case "Fn::Split" -> split(arg, range, path);
      case "Fn::FindInMap" -> findInMap(arg, range, path);
      case "Fn::If" -> ifFn(arg, range, path);
      case "Fn::Equals" -> equalsFn(arg, range, path);
      case "Fn::Not" -> logical(fn, arg, range);
      case "Fn::And" -> logical(fn, arg, range);
      case "Fn::Or" -> logical(fn, arg, range);
      case "Fn::Base64" -> base64(arg, range, path);
      case "Fn::Cidr" -> cidr(arg, range, path);
      case "Fn::Length" -> length(arg, range, path);
      case "Fn::ToJsonString" -> toJsonString(arg, range, path);
      case "Fn::GetAZs" -> {
        evaluate(arg, path);
        yield new UnknownValue("the availability zones of a region are known only at deploy time", range);
      }
      case "Fn::ImportValue" -> {
        evaluate(arg, path);
        yield new UnknownValue("Fn::ImportValue reads another stack's export at deploy time", range);
      }
      case "Fn::Transform" -> new UnknownValue("computed by the macro "
          + (Values.stringAt(arg, "Name") == null ? "" : "'" + Values.stringAt(arg, "Name") + "' ")
          + "at deploy time", range);
      default -> new UnknownValue("intrinsic function " + fn + " is not supported", range);
    };
  }

  private Value ref(Value arg, SourceRange range, String path) {
    String name = Values.string(arg);
    if (name == null) {
      Value ev = evaluate(arg, path);
      if (ev instanceof UnknownValue u) {
        return u;
      }
      diagnostics.add(Diagnostic.warning(range, "Ref must name a parameter, resource or pseudo parameter"));
      return new UnknownValue("Ref to something that is not a name", range);
    }
    if (parameters.has(name)) {
      references.add(new Reference(name, EdgeKind.REFERENCE, path, range));
      return parameter(name, range);
    }
    if (resources.has(name)) {
      if (!isCreated(name)) {
        return new UnknownValue("resource '" + name + "' " + String.format(Locale.ROOT, NOT_CREATED,
            Values.stringAt(resources.get(name), "Condition")), range);
      }
      references.add(new Reference(name, EdgeKind.REFERENCE, path, range));
      // A resource's physical ID always exists: a Ref to it is set, only its text is unknown.
      return new UnknownValue("the physical ID of resource '" + name + "' is known only after deployment", range,
          Origin.NONE, true);
    }
    if (name.equals("AWS::NoValue")) {
      return null;
    }
    if (name.startsWith("AWS::")) {
      return pseudoParameter(name, range);
    }
    if (rainModuleOf(name) != null) {
      return new UnknownValue("'" + name + "' is defined by the Rain module '" + rainModuleOf(name)
          + "', which is not expanded here", range);
    }
    int dot = name.indexOf('.');
    if (dot > 0 && parameters.has(name.substring(0, dot))) {
      // A Rain module's parameter can stand for a resource of the parent template.
      return new UnknownValue("'" + name + "' is an attribute of what parameter '" + name.substring(0, dot)
          + "' stands for", range);
    }
    diagnostics.add(Diagnostic.warning(range, "Ref to '" + name
        + "', which is not a parameter, resource or pseudo parameter of this template"));
    return new UnknownValue("'" + name + "' is not defined in this template", range);
  }

  private static UnknownValue pseudoParameter(String name, SourceRange range) {
    return new UnknownValue(switch (name) {
      case "AWS::Region" -> "AWS::Region is the region the stack is deployed to, known only at deploy time";
      case "AWS::AccountId" -> "AWS::AccountId is the deploying account, known only at deploy time";
      case "AWS::StackName", "AWS::StackId" -> name + " is known only at deploy time";
      case "AWS::Partition", "AWS::URLSuffix" -> name + " depends on the region, known only at deploy time";
      case "AWS::NotificationARNs" -> "AWS::NotificationARNs are set when the stack is deployed";
      default -> name + " is not a pseudo parameter iaclint knows";
    }, range);
  }

  private Value getAtt(Value arg, SourceRange range, String path) {
    List<Value> parts = Values.elements(arg);
    String target = parts.isEmpty() ? Values.string(arg) : Values.string(parts.get(0));
    String attribute = parts.size() > 1 ? Values.scalarText(evaluate(parts.get(1), path)) : null;
    if (target != null && parts.isEmpty() && target.contains(".")) {
      attribute = target.substring(target.indexOf('.') + 1);
      target = target.substring(0, target.indexOf('.'));
    }
    if (target != null && !resources.has(target) && (rainModuleOf(target) != null || parameters.has(target))) {
      return new UnknownValue("'" + target + "' is defined outside this template (a Rain module or a module parameter)",
          range);
    }
    if (target == null || !resources.has(target)) {
      diagnostics.add(Diagnostic.warning(range, "Fn::GetAtt must name a resource of this template"
          + (target == null ? "" : "; '" + target + "' is not one")));
      return new UnknownValue("Fn::GetAtt of an undefined resource", range);
    }
    if (!isCreated(target)) {
      return new UnknownValue("resource '" + target + "' " + String.format(Locale.ROOT, NOT_CREATED,
          Values.stringAt(resources.get(target), "Condition")), range);
    }
    references.add(new Reference(target, EdgeKind.REFERENCE, path, range));
    // Like a Ref, the Arn of a resource the stack creates always exists (KmsKeyId: !GetAtt Key.Arn is set).
    return new UnknownValue(target + "." + (attribute == null ? "?" : attribute)
        + " is known only after deployment", range, Origin.NONE, "Arn".equals(attribute));
  }

  private Value sub(Value arg, SourceRange range, String path) {
    List<Value> parts = Values.elements(arg);
    Value templateValue = parts.isEmpty() ? arg : parts.get(0);
    String template = Values.string(templateValue);
    if (template == null && templateValue instanceof MapValue) {
      Value ev = evaluate(templateValue, path);
      if (ev instanceof UnknownValue u) {
        return new UnknownValue(u.reason(), range, u.origin());
      }
      template = Values.string(ev);
    }
    if (template == null) {
      return malformed("Fn::Sub", "a string, or a list of a string and a map of variables", range);
    }
    Map<String, Value> variables = new HashMap<>();
    if (parts.size() > 1 && parts.get(1) instanceof MapValue vars) {
      for (String k : vars.keys()) {
        variables.put(k, evaluate(vars.get(k), path));
      }
    }
    StringBuilder out = new StringBuilder();
    UnknownValue unknown = null;
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf("${", i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      int close = template.indexOf('}', open);
      if (close < 0) {
        out.append(template, open, template.length());
        break;
      }
      String name = template.substring(open + 2, close);
      i = close + 1;
      if (name.startsWith("!")) {
        out.append("${").append(name.substring(1)).append('}');
        continue;
      }
      Value v = subVariable(name.trim(), variables, range, path);
      String text = Values.scalarText(v);
      if (text != null) {
        out.append(text);
      } else {
        out.append(UnknownValue.HOLE);
        if (unknown == null) {
          unknown = v instanceof UnknownValue u ? u
              : new UnknownValue("${" + name + "} is not a string", range);
        }
      }
    }
    if (unknown != null) {
      // The known text stays readable (a JSON policy, an ARN around ${AWS::AccountId}): see partialText.
      return new UnknownValue(unknown.reason(), range, unknown.origin(), false, out.toString());
    }
    String result = out.toString();
    return isDynamicReference(result) ? dynamicReference(result, range) : new StringValue(result, range);
  }

  private Value subVariable(String name, Map<String, Value> variables, SourceRange range, String path) {
    if (variables.containsKey(name)) {
      Value v = variables.get(name);
      return v == null ? new StringValue("", range) : v;
    }
    int dot = name.indexOf('.');
    if (dot > 0 && resources.has(name.substring(0, dot))) {
      return getAtt(new StringValue(name, range), range, path);
    }
    Value v = ref(new StringValue(name, range), range, path);
    return v == null ? new StringValue("", range) : v;
  }

  private Value join(Value arg, SourceRange range, String path) {
    List<Value> parts = Values.elements(arg);
    if (parts.size() != 2) {
      return malformed("Fn::Join", "a list of a delimiter and a list of values", range);
    }
    String delimiter = Values.scalarText(evaluate(parts.get(0), path));
    Value items = evaluate(parts.get(1), path);
    if (items instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), range, u.origin());
    }
    if (delimiter == null || !(items instanceof ListValue list)) {
      return malformed("Fn::Join", "a list of a delimiter and a list of values", range);
    }
    List<String> texts = new ArrayList<>();
    for (Value e : list.elements()) {
      if (e instanceof UnknownValue u) {
        return new UnknownValue(u.reason(), range, u.origin());
      }
      String t = Values.scalarText(e);
      if (t == null) {
        return malformed("Fn::Join", "a list of strings to join", range);
      }
      texts.add(t);
    }
    String result = String.join(delimiter, texts);
    return isDynamicReference(result) ? dynamicReference(result, range) : new StringValue(result, range);
  }

  private Value select(Value arg, SourceRange range, String path) {
    List<Value> parts = Values.elements(arg);
    if (parts.size() != 2) {
      return malformed("Fn::Select", "a list of an index and a list", range);
    }
    Value index = evaluate(parts.get(0), path);
    Value list = evaluate(parts.get(1), path);
    if (index instanceof UnknownValue u) {
      return u.withRange(range);
    }
    if (list instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), range, u.origin());
    }
    String indexText = Values.scalarText(index);
    if (indexText == null || !(list instanceof ListValue l)) {
      return malformed("Fn::Select", "a list of an index and a list", range);
    }
    try {
      int i = Integer.parseInt(indexText.trim());
      if (i < 0 || i >= l.size()) {
        diagnostics.add(Diagnostic.warning(range, "Fn::Select index " + i + " is outside the list of "
            + l.size()));
        return new UnknownValue("Fn::Select index out of range", range);
      }
      return l.get(i);
    } catch (NumberFormatException e) {
      return malformed("Fn::Select", "an integer index", range);
    }
  }

  private Value split(Value arg, SourceRange range, String path) {
    List<Value> parts = Values.elements(arg);
    if (parts.size() != 2) {
      return malformed("Fn::Split", "a list of a delimiter and a string", range);
    }
    String delimiter = Values.scalarText(evaluate(parts.get(0), path));
    Value source = evaluate(parts.get(1), path);
    if (source instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), range, u.origin());
    }
    String text = Values.scalarText(source);
    if (delimiter == null || delimiter.isEmpty() || text == null) {
      return malformed("Fn::Split", "a list of a delimiter and a string", range);
    }
    List<Value> items = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = text.indexOf(delimiter, from);
      if (at < 0) {
        items.add(new StringValue(text.substring(from), source.range(), source.origin()));
        break;
      }
      items.add(new StringValue(text.substring(from, at), source.range(), source.origin()));
      from = at + delimiter.length();
    }
    return ListValue.tuple(items, range);
  }

  private Value findInMap(Value arg, SourceRange range, String path) {
    List<Value> parts = Values.elements(arg);
    if (parts.size() < 3) {
      return malformed("Fn::FindInMap", "a list of a map name, a top-level key and a second-level key", range);
    }
    String[] keys = new String[3];
    for (int i = 0; i < 3; i++) {
      Value k = evaluate(parts.get(i), path);
      if (k instanceof UnknownValue u) {
        return new UnknownValue("Fn::FindInMap key: " + u.reason(), range, u.origin());
      }
      keys[i] = Values.scalarText(k);
      if (keys[i] == null) {
        return malformed("Fn::FindInMap", "string keys", range);
      }
    }
    Value found = Values.at(mappings, keys);
    if (found != null) {
      return evaluate(found, path);
    }
    Value dflt = parts.size() > 3 ? Values.at(parts.get(3), "DefaultValue") : null;
    if (dflt != null) {
      return evaluate(dflt, path);
    }
    diagnostics.add(Diagnostic.warning(range, "Fn::FindInMap: Mappings has no " + keys[0] + "." + keys[1]
        + "." + keys[2]));
    return new UnknownValue("Fn::FindInMap finds nothing for " + keys[0] + "." + keys[1] + "." + keys[2], range);
  }

  private Value ifFn(Value arg, SourceRange range, String path) {
    List<Value> parts = Values.elements(arg);
    String name = parts.size() == 3 ? Values.string(parts.get(0)) : null;
    if (name == null) {
      return malformed("Fn::If", "a list of a condition name and two values", range);
    }
    Value cond = condition(name, parts.get(0).range());
    if (cond instanceof BoolValue b) {
      return evaluate(parts.get(b.value() ? 1 : 2), path);
    }
    Value whenTrue = evaluate(parts.get(1), path);
    Value whenFalse = evaluate(parts.get(2), path);
    if (whenTrue != null && whenFalse != null && whenTrue.sameAs(whenFalse)) {
      return whenTrue;
    }
    String why = cond instanceof UnknownValue u ? u.reason() : "it is not a boolean";
    return new UnknownValue("depends on condition '" + name + "', which cannot be decided: " + why, range);
  }

  private Value equalsFn(Value arg, SourceRange range, String path) {
    List<Value> parts = Values.elements(arg);
    if (parts.size() != 2) {
      return malformed("Fn::Equals", "a list of two values", range);
    }
    Value a = evaluate(parts.get(0), path);
    Value b = evaluate(parts.get(1), path);
    for (Value v : new Value[] {a, b}) {
      if (v instanceof UnknownValue u) {
        return new UnknownValue(u.reason(), range, u.origin());
      }
    }
    String ta = Values.scalarText(a);
    String tb = Values.scalarText(b);
    boolean same = ta != null && tb != null ? ta.equals(tb) : a != null && b != null && a.sameAs(b);
    return new BoolValue(same, range);
  }

  private Value logical(String fn, Value arg, SourceRange range) {
    List<Value> parts = Values.elements(arg);
    if (parts.isEmpty() || (fn.equals("Fn::Not") && parts.size() != 1)) {
      return malformed(fn, "a list of conditions", range);
    }
    UnknownValue unknown = null;
    for (Value p : parts) {
      Value v = conditionExpression(p);
      if (v instanceof BoolValue b) {
        if (fn.equals("Fn::Not")) {
          return new BoolValue(!b.value(), range);
        }
        if (fn.equals("Fn::And") && !b.value()) {
          return new BoolValue(false, range);
        }
        if (fn.equals("Fn::Or") && b.value()) {
          return new BoolValue(true, range);
        }
      } else if (unknown == null) {
        unknown = v instanceof UnknownValue u ? u : new UnknownValue(fn + " of a value that is not a boolean", range);
      }
    }
    if (unknown != null) {
      return new UnknownValue(unknown.reason(), range, unknown.origin());
    }
    return new BoolValue(fn.equals("Fn::And"), range);
  }

  private Value base64(Value arg, SourceRange range, String path) {
    Value v = evaluate(arg, path);
    if (v instanceof UnknownValue u) {
      return new UnknownValue(u.reason(), range, u.origin());
    }
    String text = Values.scalarText(v);
    if (text == null) {
      return malformed("Fn::Base64", "a string", range);
    }
    return new StringValue(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)), range);
  }

  private Value cidr(Value arg, SourceRange range, String path) {
    List<Value> parts = Values.elements(arg);
    if (parts.size() != 3) {
      return malformed("Fn::Cidr", "a list of an IP block, a count and a number of bits", range);
    }
    String[] texts = new String[3];
    for (int i = 0; i < 3; i++) {
      Value v = evaluate(parts.get(i), path);
      if (v instanceof UnknownValue u) {
        return new UnknownValue(u.reason(), range, u.origin());
      }
      texts[i] = Values.scalarText(v);
    }
    List<String> blocks = Cidrs.subnets(texts[0], texts[1], texts[2]);
    if (blocks == null) {
      return new UnknownValue("Fn::Cidr of an IP block iaclint cannot divide", range);
    }
    List<Value> items = new ArrayList<>();
    blocks.forEach(b -> items.add(new StringValue(b, range)));
    return ListValue.tuple(items, range);
  }

  private Value length(Value arg, SourceRange range, String path) {
    Value v = evaluate(arg, path);
    if (v instanceof ListValue l) {
      return new NumberValue(l.size(), range);
    }
    return v instanceof UnknownValue u ? new UnknownValue(u.reason(), range, u.origin())
        : malformed("Fn::Length", "a list", range);
  }

  private Value toJsonString(Value arg, SourceRange range, String path) {
    Value v = evaluate(arg, path);
    UnknownValue u = v == null ? null : v.firstUnknown();
    if (u != null) {
      return new UnknownValue(u.reason(), range, u.origin());
    }
    try {
      return new StringValue(JSON.writeValueAsString(plain(v)), range);
    } catch (JsonProcessingException e) {
      return new UnknownValue("Fn::ToJsonString could not be computed", range);
    }
  }

  private static Object plain(Value v) {
    if (v instanceof MapValue m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.keys().forEach(k -> out.put(k, plain(m.get(k))));
      return out;
    }
    if (v instanceof ListValue l) {
      return l.elements().stream().map(TemplateEvaluator::plain).toList();
    }
    if (v instanceof StringValue s) {
      return s.value();
    }
    if (v instanceof NumberValue n) {
      return n.value();
    }
    if (v instanceof BoolValue b) {
      return b.value();
    }
    return v instanceof NullValue || v == null ? null : v.render();
  }

  private UnknownValue malformed(String fn, String expected, SourceRange range) {
    diagnostics.add(Diagnostic.warning(range, fn + " expects " + expected));
    return new UnknownValue(fn + " is malformed", range);
  }

  static boolean isTrue(Value v) {
    return v instanceof BoolValue b ? b.value()
        : v instanceof StringValue s && s.value().equalsIgnoreCase("true");
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  SourceFile file() {
    return file;
  }
}
