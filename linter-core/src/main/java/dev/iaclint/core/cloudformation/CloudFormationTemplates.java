package dev.iaclint.core.cloudformation;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.Ranges;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.NodeIds;
import dev.iaclint.core.yaml.ParsedData;
import dev.iaclint.core.yaml.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises CloudFormation (and SAM) templates and turns one into graph nodes: a RESOURCE node per
 * resource (address = logical ID, config = evaluated {@code Properties}), a VARIABLE node per
 * parameter and an OUTPUT node per output, with REFERENCE edges for {@code Ref}, {@code Fn::GetAtt}
 * and {@code Fn::Sub} variables and DEPENDS_ON edges for {@code DependsOn}.
 */
public final class CloudFormationTemplates {
  /** Node type of a template parameter (kind VARIABLE). */
  public static final String PARAMETER_TYPE = "parameter";
  /** Node type of a template output (kind OUTPUT). */
  public static final String OUTPUT_TYPE = "output";
  /** Node property: the resource's {@code Condition}, when its truth could not be decided. */
  public static final String CONDITION = "condition";

  private CloudFormationTemplates() {}

  /**
   * Whether {@code root} is a template: it has {@code AWSTemplateFormatVersion}, the SAM
   * {@code Transform}, or {@code Resources} with at least one {@code Type: AWS::…}.
   */
  public static boolean isTemplate(Value root) {
    if (!(root instanceof MapValue m)) {
      return false;
    }
    if (m.has("AWSTemplateFormatVersion")) {
      return true;
    }
    String transform = Values.scalarText(m.get("Transform"));
    if (transform != null && transform.startsWith("AWS::Serverless")
        || Values.elements(m.get("Transform")).stream()
            .anyMatch(t -> String.valueOf(Values.scalarText(t)).startsWith("AWS::Serverless"))) {
      return true;
    }
    MapValue resources = Values.map(m.get("Resources"));
    if (resources == null) {
      return false;
    }
    for (Value r : resources.entries().values()) {
      String type = Values.stringAt(r, "Type");
      if (type != null && (type.startsWith("AWS::") || type.startsWith("Alexa::"))) {
        return true;
      }
    }
    return false;
  }

  /** Short forms rewritten to the long form: what the template's document holds. */
  public static Value longForm(Value root, ParsedData parsed) {
    return ShortForms.toLongForm(root, parsed);
  }

  /** Adds the nodes and edges of the template {@code root} (in long form) of {@code file}. */
  public static void load(SourceFile file, Value root, LoadContext context) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    new Builder(file, (MapValue) root, context, diagnostics).build();
    diagnostics.forEach(context::report);
  }

  private static final class Builder {
    private final SourceFile file;
    private final MapValue template;
    private final LoadContext context;
    private final List<Diagnostic> diagnostics;
    private final TemplateEvaluator evaluator;
    private final Map<String, Node> parameterNodes = new LinkedHashMap<>();
    private final Map<String, Node> resourceNodes = new LinkedHashMap<>();
    private final Map<Node, List<TemplateEvaluator.Reference>> references = new LinkedHashMap<>();

    Builder(SourceFile file, MapValue template, LoadContext context, List<Diagnostic> diagnostics) {
      this.file = file;
      this.template = template;
      this.context = context;
      this.diagnostics = diagnostics;
      this.evaluator = new TemplateEvaluator(file, template,
          context.request().cloudFormationParameters(), diagnostics);
    }

    void build() {
      for (String section : List.of("Parameters", "Mappings", "Conditions", "Outputs")) {
        if (template.has(section) && !(template.get(section) instanceof MapValue)) {
          diagnostics.add(Diagnostic.error(template.memberRange(section),
              section + " must be a mapping of names to definitions"));
        }
      }
      Value resources = template.get("Resources");
      if (resources == null) {
        diagnostics.add(Diagnostic.error(headerOf(template.range()),
            "a CloudFormation template needs a Resources section"));
      } else if (!(resources instanceof MapValue)) {
        diagnostics.add(Diagnostic.error(template.memberRange("Resources"),
            "Resources must be a mapping of logical IDs to resources"));
      }
      parameters();
      if (resources instanceof MapValue r) {
        resources(r);
      }
      outputs();
      edges();
    }

    private void parameters() {
      MapValue parameters = Values.map(template.get("Parameters"));
      if (parameters == null) {
        return;
      }
      for (String name : parameters.keys()) {
        if (!(parameters.get(name) instanceof MapValue def)) {
          diagnostics.add(Diagnostic.error(parameters.memberRange(name),
              "parameter '" + name + "' must be a mapping with a Type"));
          continue;
        }
        Node node = new Node(id("Parameters", name), NodeKind.VARIABLE, SourceFormat.CLOUDFORMATION,
            PARAMETER_TYPE, name, parameters.memberRange(name), block(def), scope());
        parameterNodes.put(name, node);
        context.graph().add(node);
      }
    }

    private void resources(MapValue resources) {
      for (String logicalId : resources.keys()) {
        if (Values.at(resources.get(logicalId), "Type") instanceof MapValue t
            && t.keys().stream().anyMatch(k -> k.startsWith("Rain::"))) {
          evaluator.addRainModule(logicalId);
        }
      }
      for (String logicalId : resources.keys()) {
        SourceRange where = resources.memberRange(logicalId);
        if (logicalId.startsWith("Fn::ForEach::")) {
          diagnostics.add(Diagnostic.notice(headerOf(where), "Fn::ForEach is not expanded: the resources of '"
              + logicalId + "' are not checked"));
          continue;
        }
        if (!(resources.get(logicalId) instanceof MapValue resource)) {
          diagnostics.add(Diagnostic.error(where, "resource '" + logicalId + "' must be a mapping with a Type"));
          continue;
        }
        Value typeValue = resource.get("Type");
        if (typeValue instanceof MapValue t && t.keys().stream().anyMatch(k -> k.startsWith("Rain::"))) {
          evaluator.addRainModule(logicalId);
          diagnostics.add(Diagnostic.notice(resource.memberRange("Type"), "'" + logicalId
              + "' is a Rain module, which is not expanded: run 'rain pkg' and scan the output to check its resources"));
          continue;
        }
        if (!(typeValue instanceof StringValue type) || type.value().isBlank()) {
          diagnostics.add(Diagnostic.error(typeValue == null ? headerOf(where) : resource.memberRange("Type"),
              "resource '" + logicalId + "' has no Type" + (typeValue == null ? "" : " string")));
          continue;
        }
        if (!evaluator.isCreated(logicalId)) {
          continue; // its condition is false with these parameters: the stack does not have it
        }
        evaluator.takeReferences();
        MapValue config = properties(logicalId, resource);
        List<TemplateEvaluator.Reference> refs = new ArrayList<>(evaluator.takeReferences());
        refs.addAll(dependsOn(logicalId, resource, resources));
        Map<String, String> props = scope();
        String condition = Values.string(resource.get("Condition"));
        if (condition != null) {
          props.put(CONDITION, condition);
        }
        Node node = new Node(id("Resources", logicalId), NodeKind.RESOURCE, SourceFormat.CLOUDFORMATION,
            type.value(), logicalId, where, config, props);
        resourceNodes.put(logicalId, node);
        references.put(node, refs);
        context.graph().add(node);
      }
    }

    private MapValue properties(String logicalId, MapValue resource) {
      Value raw = resource.get("Properties");
      if (raw == null || raw instanceof NullValue) {
        return new MapValue(Map.of(), MapValue.Kind.BLOCK, raw == null ? resource.range() : raw.range());
      }
      if (!(raw instanceof MapValue)) {
        diagnostics.add(Diagnostic.error(resource.memberRange("Properties"),
            "Properties of '" + logicalId + "' must be a mapping"));
        return new MapValue(Map.of(), MapValue.Kind.BLOCK, raw.range());
      }
      Value evaluated = evaluator.evaluate(raw, "");
      return evaluated instanceof MapValue m ? block(m)
          : new MapValue(Map.of(), MapValue.Kind.BLOCK, raw.range());
    }

    private List<TemplateEvaluator.Reference> dependsOn(String logicalId, MapValue resource, MapValue resources) {
      Value dependsOn = resource.get("DependsOn");
      if (dependsOn == null) {
        return List.of();
      }
      List<Value> targets = dependsOn instanceof ListValue l ? l.elements() : List.of(dependsOn);
      List<TemplateEvaluator.Reference> out = new ArrayList<>();
      for (Value t : targets) {
        String name = Values.string(t);
        if (name == null || !resources.has(name)) {
          diagnostics.add(Diagnostic.warning(t.range(), "DependsOn of '" + logicalId
              + "' must name resources of this template" + (name == null ? "" : "; '" + name + "' is not one")));
          continue;
        }
        out.add(new TemplateEvaluator.Reference(name, EdgeKind.DEPENDS_ON, "", t.range()));
      }
      return out;
    }

    private void outputs() {
      MapValue outputs = Values.map(template.get("Outputs"));
      if (outputs == null) {
        return;
      }
      for (String name : outputs.keys()) {
        if (name.startsWith("Fn::ForEach::")) {
          diagnostics.add(Diagnostic.notice(Ranges.firstLine(outputs.memberRange(name)),
              "Fn::ForEach is not expanded: the outputs of '" + name + "' are not read"));
          continue;
        }
        if (!(outputs.get(name) instanceof MapValue def)) {
          diagnostics.add(Diagnostic.error(outputs.memberRange(name),
              "output '" + name + "' must be a mapping with a Value"));
          continue;
        }
        evaluator.takeReferences();
        Value evaluated = evaluator.evaluate(def, "");
        MapValue config = evaluated instanceof MapValue m ? block(m)
            : new MapValue(Map.of(), MapValue.Kind.BLOCK, def.range());
        Node node = new Node(id("Outputs", name), NodeKind.OUTPUT, SourceFormat.CLOUDFORMATION,
            OUTPUT_TYPE, name, outputs.memberRange(name), config, scope());
        references.put(node, evaluator.takeReferences());
        context.graph().add(node);
      }
    }

    private void edges() {
      for (Map.Entry<Node, List<TemplateEvaluator.Reference>> e : references.entrySet()) {
        for (TemplateEvaluator.Reference r : e.getValue()) {
          Node target = resourceNodes.get(r.target());
          if (target == null && r.kind() == EdgeKind.REFERENCE) {
            target = parameterNodes.get(r.target());
          }
          if (target != null && target != e.getKey()) {
            context.graph().addEdge(new Edge(e.getKey(), target, r.kind(), r.attribute(), r.range()));
          }
        }
      }
    }

    private String id(String section, String name) {
      return NodeIds.of("cloudformation", file, section + "." + name);
    }

    private Map<String, String> scope() {
      Map<String, String> props = new LinkedHashMap<>();
      props.put(Node.SCOPE, NodeIds.fileKey(file));
      return props;
    }

    private static MapValue block(MapValue m) {
      return new MapValue(m.entries(), m.memberRanges(), MapValue.Kind.BLOCK, m.range(), m.origin());
    }

    private static SourceRange headerOf(SourceRange r) {
      return Ranges.firstLine(r);
    }
  }
}
