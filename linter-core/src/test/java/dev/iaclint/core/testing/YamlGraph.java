package dev.iaclint.core.testing;

import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.RuleContext;
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
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Hand-built resource graphs for engine tests, written as YAML so that every value has a real
 * line and column. Each top-level key is a node ({@code aws_opensearch_domain.logs:}; its type is
 * the address up to the last dot, or named after {@code " @ "}: {@code LogsDomain @
 * AWS::OpenSearchService::Domain}), its value the node's configuration. A sequence of mappings is a
 * list of blocks, as the Terraform evaluator produces for repeated nested blocks. The scalar
 * {@code !unknown reason} is an unknown value; {@code !created reason} an unknown that is present
 * (a resource's id or ARN, {@link UnknownValue#present()}); {@code !partial text} a string template
 * whose unknown interpolations are written {@code {}} ({@link UnknownValue#partialText()}).
 */
public final class YamlGraph {
  private final SourceFile file;
  private final List<Node> nodes = new ArrayList<>();
  private final ResourceGraph.Builder builder = ResourceGraph.builder();

  private YamlGraph(String displayPath, String text, SourceFormat format) {
    this(SourceFile.of(displayPath, text), format);
  }

  private YamlGraph(SourceFile file, SourceFormat format) {
    this.file = file;
    MappingNode root = (MappingNode) new Yaml(new LoaderOptions()).compose(new StringReader(file.text()));
    for (NodeTuple t : root.getValue()) {
      // "aws_s3_bucket.logs" has type aws_s3_bucket; "LogsDomain @ AWS::OpenSearchService::Domain" names it.
      String key = ((ScalarNode) t.getKeyNode()).getValue();
      int at = key.indexOf(" @ ");
      String address = at >= 0 ? key.substring(0, at) : key;
      String type = at >= 0 ? key.substring(at + 3)
          : address.contains(".") ? address.substring(0, address.lastIndexOf('.')) : address;
      Value config = value(t.getValueNode());
      MapValue map = config instanceof MapValue m ? m
          : new MapValue(Map.of(), MapValue.Kind.BLOCK, config.range());
      Node node = new Node(file.displayPath() + ":" + address, NodeKind.RESOURCE, format, type, address,
          span(t.getKeyNode().getStartMark(), t.getValueNode().getEndMark()), map, Map.of());
      nodes.add(node);
      builder.add(node);
    }
  }

  public static YamlGraph terraform(String text) {
    return new YamlGraph("main.tf", text, SourceFormat.TERRAFORM);
  }

  public static YamlGraph of(SourceFormat format, String displayPath, String text) {
    return new YamlGraph(displayPath, text, format);
  }

  /** The nodes written in {@code file}: for test loaders. */
  public static List<Node> nodes(SourceFile file, SourceFormat format) {
    return new YamlGraph(file, format).nodes;
  }

  public SourceFile file() {
    return file;
  }

  public Node node(String address) {
    for (Node n : nodes) {
      if (n.address().equals(address)) {
        return n;
      }
    }
    throw new IllegalArgumentException("no node " + address);
  }

  /** Adds an edge {@code from -> to}. */
  public YamlGraph edge(String from, EdgeKind kind, String to, String attribute) {
    builder.addEdge(new Edge(node(from), node(to), kind, attribute, null));
    return this;
  }

  public YamlGraph partOf(String part, String whole) {
    return edge(part, EdgeKind.PART_OF, whole, "");
  }

  public ResourceGraph graph() {
    return builder.build();
  }

  public RuleContext context() {
    return new RuleContext(graph(), List.of());
  }

  private Value value(org.yaml.snakeyaml.nodes.Node n) {
    SourceRange r = span(n.getStartMark(), n.getEndMark());
    if (n instanceof ScalarNode s) {
      Tag tag = s.getTag();
      if (tag.getValue().equals("!unknown")) {
        return new UnknownValue(s.getValue(), r);
      }
      if (tag.getValue().equals("!created")) {
        return new UnknownValue(s.getValue(), r, dev.iaclint.core.value.Origin.NONE, true);
      }
      if (tag.getValue().equals("!partial")) {
        // A template with unknown interpolations, each written {}: "!partial arn:{}:kms:{}".
        return new UnknownValue("a part is known only after apply", r, Origin.NONE, false,
            s.getValue().replace("{}", String.valueOf(UnknownValue.HOLE)));
      }
      if (tag.getValue().startsWith("!var:")) {
        // A value set in terraform.tfvars line 2: "!var:encrypt_logs false".
        String name = tag.getValue().substring("!var:".length());
        SourceFile tfvars = SourceFile.of("terraform.tfvars", "# set here\n" + name + " = " + s.getValue() + "\n");
        SourceRange at = new SourceRange(tfvars, 2, 1, 2, 1 + name.length(), 10, 10 + name.length());
        String text = s.getValue();
        Value v = text.equals("true") || text.equals("false") ? new BoolValue(Boolean.parseBoolean(text), at)
            : new StringValue(text, at);
        return v.withRange(r).withOrigin(Origin.of(new Origin.Step(Origin.Kind.TFVARS_FILE, name, at)));
      }
      if (tag.equals(Tag.BOOL)) {
        return new BoolValue(Boolean.parseBoolean(s.getValue()), r);
      }
      if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
        return new NumberValue(new BigDecimal(s.getValue()), r);
      }
      if (tag.equals(Tag.NULL)) {
        return new NullValue(r);
      }
      return new StringValue(s.getValue(), r);
    }
    if (n instanceof SequenceNode seq) {
      List<Value> items = new ArrayList<>();
      boolean blocks = !seq.getValue().isEmpty();
      for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
        Value v = value(item);
        blocks &= v instanceof MapValue;
        items.add(v);
      }
      return new ListValue(items, blocks ? ListValue.Kind.BLOCKS : ListValue.Kind.TUPLE, r);
    }
    MapValue.Builder b = new MapValue.Builder(MapValue.Kind.BLOCK);
    for (NodeTuple t : ((MappingNode) n).getValue()) {
      b.put(((ScalarNode) t.getKeyNode()).getValue(), value(t.getValueNode()),
          span(t.getKeyNode().getStartMark(), t.getValueNode().getEndMark()));
    }
    return b.build(r);
  }

  private SourceRange span(Mark start, Mark end) {
    // Block values end at the start of the next line; keep ranges on the lines they cover.
    int endIndex = end.getIndex();
    int endLine = end.getLine();
    int endColumn = end.getColumn();
    if (endColumn == 0 && endLine > start.getLine()) {
      endLine--;
      String line = file.line(endLine + 1);
      endColumn = line.codePointCount(0, line.length());
      endIndex = endIndex - 1;
    }
    return new SourceRange(file, start.getLine() + 1, start.getColumn() + 1, endLine + 1, endColumn + 1,
        start.getIndex(), endIndex);
  }

  /** Builds a map of values directly, for tests that do not care about positions. */
  public static Map<String, Value> entries(Object... keyValues) {
    Map<String, Value> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], (Value) keyValues[i + 1]);
    }
    return m;
  }
}
