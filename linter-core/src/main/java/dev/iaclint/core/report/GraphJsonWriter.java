package dev.iaclint.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resource graph as JSON: {@code nodes} (id, kind, format, type, address, file, range,
 * properties, evaluated attributes) and {@code edges}. Unknown values appear as
 * {@code {"unknown": reason}}; strings that are secrets (a finding's redaction, or an attribute
 * whose name says credential) appear as {@code "****"}.
 */
public final class GraphJsonWriter {

  public void write(ResourceGraph graph, Redactor redactor, ReportContext context, Writer out)
      throws IOException {
    ObjectNode root = JsonOutput.object();
    root.put("version", context.toolVersion());
    ArrayNode nodes = root.putArray("nodes");
    for (Node n : graph.nodes()) {
      ObjectNode o = nodes.addObject();
      o.put("id", n.id());
      o.put("kind", ReportSupport.lowerName(n.kind()));
      o.put("format", n.format().id());
      o.put("type", n.type());
      o.put("address", redactor.scrubName(n.address()));
      o.put("file", ReportPaths.displayPath(n.file()));
      o.set("range", range(n.range()));
      ObjectNode props = o.putObject("properties");
      new TreeMap<>(n.properties()).forEach((k, v) -> props.put(k, redactor.scrub(v)));
      o.set("attributes", value(null, n.config(), redactor));
    }
    ArrayNode edges = root.putArray("edges");
    for (Edge e : graph.edges()) {
      ObjectNode o = edges.addObject();
      o.put("from", e.from().id());
      o.put("to", e.to().id());
      o.put("kind", ReportSupport.lowerName(e.kind()));
      o.put("attribute", e.attribute());
      if (e.range() != null) {
        ObjectNode loc = range(e.range());
        loc.put("file", ReportPaths.displayPath(e.range().file()));
        o.set("location", loc);
      }
    }
    JsonOutput.write(root, out);
  }

  private static ObjectNode range(SourceRange r) {
    ObjectNode n = JsonOutput.object();
    n.put("startLine", r.startLine());
    n.put("startColumn", r.startColumn());
    n.put("endLine", r.endLine());
    n.put("endColumn", r.endColumn());
    return n;
  }

  static JsonNode value(String key, Value v, Redactor redactor) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (v instanceof StringValue s) {
      return f.textNode(GraphValues.shown(key, s, redactor));
    } else if (v instanceof NumberValue n) {
      return f.numberNode(n.value());
    } else if (v instanceof BoolValue b) {
      return f.booleanNode(b.value());
    } else if (v instanceof NullValue) {
      return f.nullNode();
    } else if (v instanceof UnknownValue u) {
      ObjectNode o = f.objectNode();
      o.put("unknown", redactor.scrub(u.reason()));
      return o;
    } else if (v instanceof ListValue l) {
      ArrayNode a = f.arrayNode();
      for (Value e : l.elements()) {
        a.add(value(key, e, redactor));
      }
      return a;
    } else if (v instanceof MapValue m) {
      ObjectNode o = f.objectNode();
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        o.set(e.getKey(), value(e.getKey(), e.getValue(), redactor));
      }
      return o;
    }
    return f.nullNode();
  }
}
