package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.compose.ComposeFiles;
import dev.iaclint.core.elasticsearch.NodeConfigFiles;
import dev.iaclint.core.elasticsearch.NodeSettings;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.Ranges;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.kubernetes.KubernetesObjects;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the Elasticsearch/OpenSearch nodes ({@link SearchNode}) a graph node stands for: a settings
 * file read on its own; a compose service running a search image, with the settings file it
 * mounts; each node set of an ECK {@code Elasticsearch}; each search container of a Kubernetes
 * workload. A settings file mounted into compose services is judged as part of them.
 */
public final class SearchNodes {
  static final String ECK_API = "elasticsearch.k8s.elastic.co/";

  private SearchNodes() {}

  public static boolean isSettingsFile(Node node) {
    return node.format() == SourceFormat.ELASTICSEARCH_CONFIG;
  }

  public static boolean isEckElasticsearch(Node node) {
    String api = node.property(KubernetesObjects.API_VERSION);
    return node.format() == SourceFormat.KUBERNETES && node.type().equals("Elasticsearch")
        && api != null && api.startsWith(ECK_API);
  }

  /**
   * Whether {@code node} may run a search node, judged from the node alone: every settings file,
   * ECK {@code Elasticsearch}, compose services whose image is a search image (or unknown, with
   * node settings or a mounted settings file), Kubernetes workloads with a search container.
   */
  public static boolean isCandidate(Node node) {
    if (node.kind() != NodeKind.RESOURCE) {
      return false;
    }
    return switch (node.format()) {
      case ELASTICSEARCH_CONFIG -> true;
      case DOCKER_COMPOSE -> node.type().equals(ComposeFiles.SERVICE_TYPE) && composeCandidate(node);
      case KUBERNETES -> isEckElasticsearch(node) || !searchContainers(node).isEmpty();
      default -> false;
    };
  }

  /** The search nodes {@code node} takes part in; empty when it runs none. */
  public static List<SearchNode> of(Node node, ResourceGraph graph) {
    if (!isCandidate(node)) {
      return List.of();
    }
    return switch (node.format()) {
      case ELASTICSEARCH_CONFIG -> settingsFile(node, graph);
      case DOCKER_COMPOSE -> {
        SearchNode n = compose(node, graph);
        yield n == null ? List.of() : List.of(n);
      }
      case KUBERNETES -> isEckElasticsearch(node) ? eck(node) : workload(node);
      default -> List.of();
    };
  }

  private static List<SearchNode> settingsFile(Node file, ResourceGraph graph) {
    List<SearchNode> out = new ArrayList<>();
    for (Node service : graph.ofType(ComposeFiles.SERVICE_TYPE)) {
      if (service.format() == SourceFormat.DOCKER_COMPOSE && mountedSettingsFiles(service, graph).contains(file)) {
        SearchNode n = compose(service, graph);
        if (n != null) {
          out.add(n);
        }
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    Flavour flavour = file.type().equals(NodeConfigFiles.OPENSEARCH_TYPE) ? Flavour.OPENSEARCH : Flavour.ELASTICSEARCH;
    SourceRange header = file.headerRange();
    return List.of(new SearchNode(file, SearchNode.Deployment.SETTINGS_FILE, flavour,
        List.of(new Layer(file.config(), file, "")), null, null,
        "the version is not known from a settings file alone", header, header, "", null));
  }

  // ---- docker-compose

  private static boolean composeCandidate(Node service) {
    ContainerImage image = ContainerImage.of(service.config().get("image"));
    if (image != null && image.kind() != ContainerImage.Kind.UNKNOWN) {
      return image.kind() == ContainerImage.Kind.SEARCH_NODE;
    }
    MapValue settings = Values.map(service.config().get(ComposeFiles.SETTINGS));
    if (settings != null && NodeSettings.looksLikeNodeSettings(settings)) {
      return true;
    }
    for (Value v : Values.elements(service.config().get("volumes"))) {
      String target = mount(v)[1];
      if (target != null && (target.endsWith("/elasticsearch.yml") || target.endsWith("/opensearch.yml")
          || target.matches("/usr/share/(elasticsearch|opensearch)/config/?"))) {
        return true;
      }
    }
    return false;
  }

  private static SearchNode compose(Node service, ResourceGraph graph) {
    MapValue config = service.config();
    ContainerImage image = ContainerImage.of(config.get("image"));
    List<Node> files = mountedSettingsFiles(service, graph);
    MapValue settings = Values.map(config.get(ComposeFiles.SETTINGS));
    Flavour flavour;
    if (image != null && image.flavour() != null) {
      flavour = image.flavour();
    } else if (!files.isEmpty()) {
      flavour = files.get(0).type().equals(NodeConfigFiles.OPENSEARCH_TYPE) ? Flavour.OPENSEARCH : Flavour.ELASTICSEARCH;
    } else if (settings != null) {
      flavour = NodeSettings.flavour(settings.keys()).equals(NodeConfigFiles.OPENSEARCH_TYPE)
          ? Flavour.OPENSEARCH : Flavour.ELASTICSEARCH;
    } else {
      flavour = Flavour.ELASTICSEARCH;
    }
    List<Layer> layers = new ArrayList<>();
    for (Node f : files) {
      layers.add(new Layer(f.config(), f, ""));
    }
    if (settings != null) {
      layers.add(new Layer(settings, service, ComposeFiles.SETTINGS + "."));
    }
    String unknown = image == null ? "the service is built from a Dockerfile, which iaclint does not read"
        : image.versionUnknownReason();
    SourceRange versionAt = image != null ? Ranges.firstLine(config.memberRange("image")) : service.headerRange();
    return new SearchNode(service, SearchNode.Deployment.COMPOSE, flavour, layers, image,
        image == null ? null : image.version(), unknown, versionAt, service.headerRange(), "",
        Values.map(config.get("environment")));
  }

  /** The settings files in the scan that {@code service} bind-mounts as its node's configuration. */
  public static List<Node> mountedSettingsFiles(Node service, ResourceGraph graph) {
    Path file = service.file().path();
    if (file == null || file.getParent() == null) {
      return List.of();
    }
    List<Path> candidates = new ArrayList<>();
    for (Value v : Values.elements(service.config().get("volumes"))) {
      String[] m = mount(v);
      String source = m[0];
      String target = m[1];
      if (source == null || target == null || source.contains("$")
          || !(source.startsWith(".") || source.startsWith("/"))) {
        continue; // a named volume, or a path iaclint cannot resolve
      }
      Path resolved = file.getParent().resolve(source).normalize();
      String t = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
      if (t.endsWith("/elasticsearch.yml") || t.endsWith("/opensearch.yml")) {
        candidates.add(resolved);
      } else if (t.endsWith("/config")) {
        candidates.add(resolved.resolve("elasticsearch.yml"));
        candidates.add(resolved.resolve("opensearch.yml"));
      }
    }
    List<Node> out = new ArrayList<>();
    if (candidates.isEmpty()) {
      return out;
    }
    for (Node n : graph.ofType(NodeConfigFiles.ELASTICSEARCH_TYPE, NodeConfigFiles.OPENSEARCH_TYPE)) {
      Path p = n.file().path();
      if (n.format() == SourceFormat.ELASTICSEARCH_CONFIG && p != null && candidates.contains(p.normalize())) {
        out.add(n);
      }
    }
    return out;
  }

  /** {@code [source, target]} of a compose volume in either syntax; {@code null}s when it has none. */
  private static String[] mount(Value v) {
    if (v instanceof MapValue m) {
      return new String[] {Values.scalarText(m.get("source")), Values.scalarText(m.get("target"))};
    }
    String text = Values.scalarText(v);
    if (text == null) {
      return new String[2];
    }
    String[] parts = text.split(":");
    return parts.length < 2 ? new String[2] : new String[] {parts[0], parts[1]};
  }

  // ---- Kubernetes

  private static List<SearchNode> eck(Node es) {
    MapValue spec = Values.map(es.config().get("spec"));
    Value versionValue = spec == null ? null : spec.get("version");
    Version version = Version.parse(Values.scalarText(versionValue));
    SourceRange versionAt = versionValue != null ? Ranges.firstLine(spec.memberRange("version")) : es.headerRange();
    String unknown = versionValue instanceof UnknownValue u ? u.reason()
        : version == null ? "spec.version is not a version" : null;
    List<SearchNode> out = new ArrayList<>();
    List<Value> sets = spec == null ? List.of() : Values.elements(spec.get("nodeSets"));
    for (int i = 0; i < sets.size(); i++) {
      Value set = sets.get(i);
      MapValue config = Values.map(Values.at(set, "config"));
      if (config == null) {
        config = new MapValue(Map.of(), MapValue.Kind.BLOCK, set.range());
      }
      String name = Values.scalarText(Values.at(set, "name"));
      out.add(new SearchNode(es, SearchNode.Deployment.ECK, Flavour.ELASTICSEARCH,
          List.of(new Layer(config, es, "spec.nodeSets[" + i + "].config.")), null, version, unknown, versionAt,
          Ranges.firstLine(set.range()), name == null ? "node set " + (i + 1) : "node set '" + name + "'", null));
    }
    return out;
  }

  /** The containers of a workload's pod spec that run a search image, with their index. */
  static List<Map.Entry<Integer, MapValue>> searchContainers(Node workload) {
    List<Map.Entry<Integer, MapValue>> out = new ArrayList<>();
    List<Value> containers = Values.elements(Values.at(workload.config(), KubernetesObjects.POD_SPEC, "containers"));
    for (int i = 0; i < containers.size(); i++) {
      if (containers.get(i) instanceof MapValue c) {
        ContainerImage image = ContainerImage.of(c.get("image"));
        if (image != null && image.kind() == ContainerImage.Kind.SEARCH_NODE) {
          out.add(Map.entry(i, c));
        }
      }
    }
    return out;
  }

  private static List<SearchNode> workload(Node workload) {
    List<SearchNode> out = new ArrayList<>();
    for (Map.Entry<Integer, MapValue> e : searchContainers(workload)) {
      MapValue container = e.getValue();
      ContainerImage image = ContainerImage.of(container.get("image"));
      MapValue.Builder settings = new MapValue.Builder(MapValue.Kind.BLOCK);
      MapValue.Builder environment = new MapValue.Builder(MapValue.Kind.OBJECT);
      for (Value env : Values.elements(container.get("env"))) {
        String name = Values.stringAt(env, "name");
        if (name == null) {
          continue;
        }
        Value value = Values.at(env, "value");
        if (value == null) {
          value = new UnknownValue("taken from " + (Values.at(env, "valueFrom") != null
              ? "another object when the pod starts" : "nowhere: the variable has no value"), env.range());
        }
        environment.put(name, value, env.range());
        String setting = NodeSettings.settingOfEnvironmentVariable(name);
        if (setting != null) {
          settings.put(setting, NodeSettings.normaliseBoolean(value), env.range());
        }
      }
      String name = Values.scalarText(container.get("name"));
      out.add(new SearchNode(workload, SearchNode.Deployment.KUBERNETES_WORKLOAD, image.flavour(),
          List.of(new Layer(settings.build(container.range()), workload,
              KubernetesObjects.POD_SPEC + ".containers[" + e.getKey() + "].env.")),
          image, image.version(), image.versionUnknownReason(), image.range(),
          Ranges.firstLine(container.range()), name == null ? "" : "container '" + name + "'",
          environment.build(container.range())));
    }
    return out;
  }
}
