package dev.iaclint.core.report;

import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
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
import java.nio.file.Path;
import java.util.Map;

/**
 * The resource graph as a readable tree: files, their nodes with type and range, each node's
 * evaluated attributes (nested blocks indented, unknowns with their reason, secrets masked), and
 * the node's edges ({@code ->} outgoing, {@code <-} incoming).
 */
public final class GraphTextWriter {

  public void write(ResourceGraph graph, Redactor redactor, ReportContext context, Writer out)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    Path wd = context.workingDirectory();
    String currentFile = null;
    for (Node n : graph.nodes()) {
      String file = ReportPaths.relativeTo(n.file(), wd);
      if (!file.equals(currentFile)) {
        if (currentFile != null) {
          sb.append('\n');
        }
        sb.append(TextReporter.sanitize(file)).append('\n');
        currentFile = file;
      }
      sb.append("  ").append(TextReporter.sanitize(redactor.scrubName(n.address()))).append(" (")
          .append(ReportSupport.lowerName(n.kind()).replace('_', ' ')).append(' ').append(n.type())
          .append(", ").append(n.format().id()).append(") ").append(n.range().startLine()).append(':')
          .append(n.range().startColumn()).append('-').append(n.range().endLine()).append(':')
          .append(n.range().endColumn()).append('\n');
      for (Map.Entry<String, Value> e : n.config().entries().entrySet()) {
        member(sb, "    ", e.getKey(), e.getValue(), redactor);
      }
      for (Edge e : graph.outgoing(n)) {
        sb.append("    -> ").append(ReportSupport.lowerName(e.kind()).replace('_', ' ')).append(' ')
            .append(TextReporter.sanitize(redactor.scrubName(e.to().address())))
            .append(e.attribute().isEmpty() ? "" : " (" + e.attribute() + ")").append('\n');
      }
      for (Edge e : graph.incoming(n)) {
        sb.append("    <- ").append(ReportSupport.lowerName(e.kind()).replace('_', ' ')).append(' ')
            .append(TextReporter.sanitize(redactor.scrubName(e.from().address())))
            .append(e.attribute().isEmpty() ? "" : " (" + e.attribute() + ")").append('\n');
      }
    }
    if (graph.nodes().isEmpty()) {
      sb.append("(no resources)\n");
    }
    out.write(sb.toString());
    out.flush();
  }

  private static void member(StringBuilder sb, String indent, String key, Value v, Redactor redactor) {
    if (v instanceof MapValue m && (m.kind() == MapValue.Kind.BLOCK || !m.entries().isEmpty())) {
      sb.append(indent).append(TextReporter.sanitize(key)).append(" {\n");
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        member(sb, indent + "  ", e.getKey(), e.getValue(), redactor);
      }
      sb.append(indent).append("}\n");
    } else if (v instanceof ListValue l && l.elements().stream().anyMatch(e -> e instanceof MapValue)) {
      for (Value e : l.elements()) {
        member(sb, indent, key, e, redactor);
      }
    } else {
      sb.append(indent).append(TextReporter.sanitize(key)).append(" = ")
          .append(TextReporter.sanitize(inline(key, v, redactor))).append('\n');
    }
  }

  private static String inline(String key, Value v, Redactor redactor) {
    if (v instanceof StringValue s) {
      return GraphValues.masked(key, s, redactor) ? "\"" + GraphValues.shown(key, s, redactor) + "\""
          : redactor.scrub(s.render());
    } else if (v instanceof UnknownValue u) {
      return "(unknown: " + redactor.scrub(u.reason()) + ")";
    } else if (v instanceof ListValue l) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.elements().size(); i++) {
        sb.append(i > 0 ? ", " : "").append(inline(key, l.elements().get(i), redactor));
      }
      return sb.append(']').toString();
    } else if (v instanceof MapValue m) {
      return "{}";
    } else if (v instanceof NumberValue || v instanceof BoolValue || v instanceof NullValue) {
      return v.render();
    }
    return v.render();
  }
}
