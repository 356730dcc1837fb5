package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.DataDocument;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Test fixture: YAML text as a {@link DataDocument} of positioned values, the shape the YAML
 * loaders produce. Scalars stay strings (booleans only for true/false), which is all the secrets
 * analysis looks at. ASCII input only.
 */
final class YamlDocuments {
  private YamlDocuments() {}

  static DataDocument of(String path, SourceFormat format, String yaml) {
    return of(SourceFile.of(path, yaml), format);
  }

  static DataDocument of(SourceFile file, SourceFormat format) {
    String yaml = file.text();
    List<Value> roots = new ArrayList<>();
    for (Node n : new Yaml(new LoaderOptions()).composeAll(new StringReader(yaml))) {
      roots.add(value(file, n));
    }
    return new DataDocument(file, format, roots);
  }

  private static Value value(SourceFile file, Node n) {
    SourceRange range = range(file, n.getStartMark(), n.getEndMark());
    if (n instanceof MappingNode m) {
      MapValue.Builder b = new MapValue.Builder(MapValue.Kind.OBJECT);
      for (NodeTuple t : m.getValue()) {
        String key = ((ScalarNode) t.getKeyNode()).getValue();
        b.put(key, value(file, t.getValueNode()),
            range(file, t.getKeyNode().getStartMark(), t.getValueNode().getEndMark()));
      }
      return b.build(range);
    }
    if (n instanceof SequenceNode s) {
      List<Value> items = new ArrayList<>();
      for (Node item : s.getValue()) {
        items.add(value(file, item));
      }
      return ListValue.tuple(items, range);
    }
    ScalarNode s = (ScalarNode) n;
    if (s.getTag().getValue().endsWith(":bool")) {
      return new BoolValue(Boolean.parseBoolean(s.getValue()), range);
    }
    if (s.getTag().getValue().endsWith(":null")) {
      return new NullValue(range);
    }
    return new StringValue(s.getValue(), range);
  }

  private static SourceRange range(SourceFile file, Mark start, Mark end) {
    int begin = file.lineStartIndex(start.getLine() + 1) + start.getColumn();
    int stop = file.lineStartIndex(end.getLine() + 1) + end.getColumn();
    stop = Math.min(stop, file.text().length());
    // A block scalar ends at the start of the next line; keep ranges on the value's own lines.
    while (stop > begin && Character.isWhitespace(file.text().charAt(stop - 1))) {
      stop--;
    }
    return file.rangeOfChars(begin, stop);
  }
}
