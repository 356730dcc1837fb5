package dev.iaclint.core.elasticsearch;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.NodeIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code elasticsearch.yml} and {@code opensearch.yml}: one RESOURCE node per file, of type
 * {@code elasticsearch.yml} or {@code opensearch.yml}, whose config is the file's settings in the
 * flat form of {@link NodeSettings}. Rules name their findings by the setting key.
 */
public final class NodeConfigFiles {
  public static final String ELASTICSEARCH_TYPE = "elasticsearch.yml";
  public static final String OPENSEARCH_TYPE = "opensearch.yml";

  private NodeConfigFiles() {}

  /** The node type a file name alone says ({@code elasticsearch.yml}, {@code opensearch.yaml} …), or {@code null}. */
  public static String typeByName(SourceFile file) {
    String path = file.displayPath().toLowerCase(Locale.ROOT);
    String name = path.substring(path.lastIndexOf('/') + 1);
    return switch (name) {
      case "elasticsearch.yml", "elasticsearch.yaml" -> ELASTICSEARCH_TYPE;
      case "opensearch.yml", "opensearch.yaml" -> OPENSEARCH_TYPE;
      default -> null;
    };
  }

  /** The node type the content says, for a file whose name does not: {@code null} when it is not node settings. */
  public static String typeByContent(List<Value> roots) {
    if (roots.size() != 1 || !(roots.get(0) instanceof MapValue m) || !NodeSettings.looksLikeNodeSettings(m)) {
      return null;
    }
    return NodeSettings.flavour(NodeSettings.flatten(m, new ArrayList<>()).keys());
  }

  /** Adds the node of one settings file; {@code type} from {@link #typeByName} or {@link #typeByContent}. */
  public static void load(SourceFile file, List<Value> roots, String type, LoadContext context) {
    Value root = roots.isEmpty() ? new NullValue(SourceRange.startOf(file)) : roots.get(0);
    MapValue config;
    if (root instanceof MapValue m) {
      List<Diagnostic> diagnostics = new ArrayList<>();
      config = NodeSettings.flatten(m, diagnostics);
      diagnostics.forEach(context::report);
    } else {
      if (!(root instanceof NullValue)) {
        context.report(Diagnostic.error(root.range(), type + " must be a mapping of settings"));
      }
      config = new MapValue(Map.of(), MapValue.Kind.BLOCK, root.range());
    }
    if (roots.size() > 1) {
      context.report(Diagnostic.warning(roots.get(1).range(),
          type + " holds more than one YAML document; only the first is read"));
    }
    SourceRange range = root instanceof MapValue ? root.range() : SourceRange.startOf(file);
    context.graph().add(new Node(NodeIds.of("elasticsearch-yml", file, "settings"), NodeKind.RESOURCE,
        SourceFormat.ELASTICSEARCH_CONFIG, type, file.displayPath(), range, config,
        Map.of(Node.SCOPE, NodeIds.fileKey(file))));
  }
}
