package dev.iaclint.core.kubernetes;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.elasticsearch.NodeSettings;
import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.NodeIds;
import dev.iaclint.core.yaml.Values;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kubernetes manifests: every object of a (multi-document) stream, {@code List} items included,
 * becomes a RESOURCE node named {@code Kind/name} or {@code Kind/namespace/name}; Service and
 * NetworkPolicy selectors become SELECTS edges, and names of Services, Secrets, ConfigMaps and
 * ECK resources referred to become REFERENCE edges.
 */
public final class KubernetesObjects {
  /** Node property: the object's {@code apiVersion}. */
  public static final String API_VERSION = "apiVersion";
  /** Node property: {@code metadata.namespace}, only when it is set. */
  public static final String NAMESPACE = "namespace";
  /** Node property: {@code metadata.name}. */
  public static final String NAME = "name";
  /** Config member added to pod-bearing objects: their pod spec, wherever the kind keeps it. */
  public static final String POD_SPEC = "podSpec";

  private static final Set<String> TEMPLATE_WORKLOADS = Set.of("Deployment", "StatefulSet",
      "DaemonSet", "ReplicaSet", "ReplicationController", "Job");
  private static final String ECK_TYPE = "common.k8s.elastic.co/type";

  private KubernetesObjects() {}

  /** An object: a mapping with string {@code apiVersion} and {@code kind}. */
  public static boolean isObject(Value value) {
    return value instanceof MapValue m && m.get("apiVersion") instanceof StringValue
        && m.get("kind") instanceof StringValue;
  }

  /** Whether any document of the stream is a Kubernetes object. */
  public static boolean isManifest(List<Value> roots) {
    return roots.stream().anyMatch(KubernetesObjects::isObject);
  }

  /**
   * {@code root} with the {@code data} of every {@code Secret} decoded from base64 to its text
   * (values that are not valid base64 or not UTF-8 text stay as written), keeping the range of the
   * encoded value: what a Secret's node config holds. Documents keep {@code data} as written.
   */
  public static Value decodeSecretData(Value root) {
    if (!(root instanceof MapValue m) || !isObject(root)) {
      return root;
    }
    String kind = Values.string(m.get("kind"));
    if (isList(m)) {
      List<Value> items = new ArrayList<>();
      Values.elements(m.get("items")).forEach(i -> items.add(decodeSecretData(i)));
      ListValue old = (ListValue) m.get("items");
      return with(m, "items", new ListValue(items, old.kind(), old.range(), old.origin()));
    }
    if ("Secret".equals(kind) && m.get("data") instanceof MapValue data) {
      MapValue.Builder b = new MapValue.Builder(data.kind());
      for (String key : data.keys()) {
        b.put(key, decode(data.get(key)), data.memberRange(key));
      }
      return with(m, "data", b.build(data.range()));
    }
    return root;
  }

  private static Value decode(Value v) {
    if (!(v instanceof StringValue s)) {
      return v;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(s.value().replaceAll("\\s", ""));
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
          return v; // binary data (a keystore, an image): kept as written
        }
      }
      return new StringValue(text, s.range(), s.origin());
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return v;
    }
  }

  private static boolean isList(MapValue m) {
    String kind = Values.string(m.get("kind"));
    return kind != null && kind.endsWith("List") && m.get("items") instanceof ListValue;
  }

  private static MapValue with(MapValue m, String key, Value value) {
    Map<String, Value> entries = new LinkedHashMap<>(m.entries());
    entries.put(key, value);
    return new MapValue(entries, m.memberRanges(), m.kind(), m.range(), m.origin());
  }

  /** One object loaded, with what linking needs. */
  private record Loaded(Node node, MapValue object, String namespace, String directory,
      List<Map<String, String>> podLabels, String podSpecPath) {}

  /** Collects the objects of every manifest of a scan, then links them. */
  public static final class Collector {
    private final List<Loaded> loaded = new ArrayList<>();

    /** Adds nodes for the objects of {@code roots}, the documents of one file. */
    public void add(SourceFile file, List<Value> roots, LoadContext context) {
      for (int d = 0; d < roots.size(); d++) {
        Value root = roots.get(d);
        if (!isObject(root)) {
          continue;
        }
        MapValue m = (MapValue) root;
        if (isList(m)) {
          List<Value> items = Values.elements(m.get("items"));
          for (int i = 0; i < items.size(); i++) {
            if (isObject(items.get(i))) {
              addObject(file, (MapValue) items.get(i), d + "." + i, context);
            }
          }
        } else {
          addObject(file, m, Integer.toString(d), context);
        }
      }
    }

    private void addObject(SourceFile file, MapValue object, String position, LoadContext context) {
      String kind = Values.string(object.get("kind"));
      String apiVersion = Values.string(object.get("apiVersion"));
      MapValue metadata = Values.map(object.get("metadata"));
      String name = metadata == null ? null : Values.scalarText(metadata.get("name"));
      String namespace = metadata == null ? null : Values.scalarText(metadata.get("namespace"));
      String address = kind + (name == null ? "" : "/" + (namespace == null ? "" : namespace + "/") + name);
      String directory = directoryOf(file);
      Map<String, String> props = new LinkedHashMap<>();
      props.put(Node.SCOPE, directory);
      props.put(API_VERSION, apiVersion);
      if (namespace != null) {
        props.put(NAMESPACE, namespace);
      }
      if (name != null) {
        props.put(NAME, name);
      }
      String podSpecPath = podSpecPath(kind);
      List<Diagnostic> diagnostics = new ArrayList<>();
      MapValue config = config(object, kind, apiVersion, podSpecPath, diagnostics);
      diagnostics.forEach(context::report);
      Node node = new Node(NodeIds.of("kubernetes", file, position), NodeKind.RESOURCE,
          SourceFormat.KUBERNETES, kind, address, object.range(), config, props);
      context.graph().add(node);
      loaded.add(new Loaded(node, object, namespace == null ? "default" : namespace, directory,
          podLabels(object, kind, apiVersion, name), podSpecPath));
    }

    /** Adds the SELECTS and REFERENCE edges between the objects collected. */
    public void link(LoadContext context) {
      for (Loaded from : loaded) {
        String kind = from.node().type();
        MapValue spec = Values.map(from.object().get("spec"));
        if (spec == null) {
          continue;
        }
        if (kind.equals("Service") && spec.get("selector") instanceof MapValue selector && selector.size() > 0) {
          for (Loaded to : peersOf(from)) {
            if (to.podLabels().stream().anyMatch(l -> LabelSelectors.matchesMap(selector, l))) {
              edge(context, from, to, EdgeKind.SELECTS, "spec.selector", spec.memberRange("selector"));
            }
          }
        } else if (kind.equals("NetworkPolicy") && spec.get("podSelector") instanceof MapValue selector) {
          for (Loaded to : peersOf(from)) {
            if (to.podLabels().stream().anyMatch(l -> LabelSelectors.matches(selector, l))) {
              edge(context, from, to, EdgeKind.SELECTS, "spec.podSelector", spec.memberRange("podSelector"));
            }
          }
        } else if (kind.equals("Ingress")) {
          ingressBackends(context, from, spec);
        }
        if (from.podSpecPath() != null) {
          podReferences(context, from);
        }
        eckReference(context, from, spec, "elasticsearchRef", "Elasticsearch");
        eckReference(context, from, spec, "kibanaRef", "Kibana");
      }
    }

    private List<Loaded> peersOf(Loaded from) {
      List<Loaded> out = new ArrayList<>();
      for (Loaded l : loaded) {
        if (l != from && l.directory().equals(from.directory()) && l.namespace().equals(from.namespace())) {
          out.add(l);
        }
      }
      return out;
    }

    private void ingressBackends(LoadContext context, Loaded from, MapValue spec) {
      for (String key : List.of("defaultBackend", "backend")) {
        backend(context, from, Values.map(spec.get(key)), "spec." + key);
      }
      for (Value rule : Values.elements(spec.get("rules"))) {
        for (Value p : Values.elements(Values.at(rule, "http", "paths"))) {
          backend(context, from, Values.mapAt(p, "backend"), "spec.rules.http.paths.backend");
        }
      }
    }

    private void backend(LoadContext context, Loaded from, MapValue backend, String path) {
      if (backend == null) {
        return;
      }
      Value name = Values.at(backend, "service", "name");
      String attribute = path + ".service.name";
      if (name == null) {
        name = backend.get("serviceName");
        attribute = path + ".serviceName";
      }
      referTo(context, from, "Service", Values.scalarText(name), from.namespace(), attribute, name);
    }

    private void podReferences(LoadContext context, Loaded from) {
      Value podSpec = Values.at(from.object(), from.podSpecPath().split("\\."));
      String base = from.podSpecPath();
      for (String containers : List.of("containers", "initContainers")) {
        for (Value c : Values.elements(Values.at(podSpec, containers))) {
          for (Value env : Values.elements(Values.at(c, "env"))) {
            for (String[] ref : new String[][] {{"secretKeyRef", "Secret"}, {"configMapKeyRef", "ConfigMap"}}) {
              Value name = Values.at(env, "valueFrom", ref[0], "name");
              referTo(context, from, ref[1], Values.scalarText(name), from.namespace(),
                  base + "." + containers + ".env.valueFrom." + ref[0] + ".name", name);
            }
          }
          for (Value envFrom : Values.elements(Values.at(c, "envFrom"))) {
            for (String[] ref : new String[][] {{"secretRef", "Secret"}, {"configMapRef", "ConfigMap"}}) {
              Value name = Values.at(envFrom, ref[0], "name");
              referTo(context, from, ref[1], Values.scalarText(name), from.namespace(),
                  base + "." + containers + ".envFrom." + ref[0] + ".name", name);
            }
          }
        }
      }
      for (Value volume : Values.elements(Values.at(podSpec, "volumes"))) {
        Value secret = Values.at(volume, "secret", "secretName");
        referTo(context, from, "Secret", Values.scalarText(secret), from.namespace(),
            base + ".volumes.secret.secretName", secret);
        Value configMap = Values.at(volume, "configMap", "name");
        referTo(context, from, "ConfigMap", Values.scalarText(configMap), from.namespace(),
            base + ".volumes.configMap.name", configMap);
      }
    }

    private void eckReference(LoadContext context, Loaded from, MapValue spec, String key, String kind) {
      Value name = Values.at(spec, key, "name");
      String namespace = Values.scalarText(Values.at(spec, key, "namespace"));
      if (name != null && Values.string(from.object().get("apiVersion")).contains("k8s.elastic.co/")) {
        referTo(context, from, kind, Values.scalarText(name), namespace == null ? from.namespace() : namespace,
            "spec." + key + ".name", name);
      }
    }

    private void referTo(LoadContext context, Loaded from, String kind, String name, String namespace,
        String attribute, Value where) {
      if (name == null) {
        return;
      }
      for (Loaded to : loaded) {
        if (to != from && to.node().type().equals(kind) && name.equals(to.node().property(NAME))
            && to.namespace().equals(namespace) && to.directory().equals(from.directory())) {
          edge(context, from, to, EdgeKind.REFERENCE, attribute, where.range());
        }
      }
    }

    private static void edge(LoadContext context, Loaded from, Loaded to, EdgeKind kind, String attribute,
        SourceRange range) {
      context.graph().addEdge(new Edge(from.node(), to.node(), kind, attribute, range));
    }
  }

  /** Where a kind keeps its pod spec, as a dotted path; {@code null} for kinds without pods. */
  static String podSpecPath(String kind) {
    if (kind.equals("Pod")) {
      return "spec";
    }
    if (TEMPLATE_WORKLOADS.contains(kind)) {
      return "spec.template.spec";
    }
    return kind.equals("CronJob") ? "spec.jobTemplate.spec.template.spec" : null;
  }

  /**
   * The label sets of the pods a node's object runs, as Service and NetworkPolicy selectors see
   * them: a workload's pod template labels, and for ECK resources the labels the operator adds
   * (one set per node set). Empty for kinds without pods.
   */
  public static List<Map<String, String>> podLabels(Node node) {
    String apiVersion = node.property(API_VERSION);
    return podLabels(node.config(), node.type(), apiVersion == null ? "" : apiVersion, node.property(NAME));
  }

  /** The label sets of the pods an object runs (several for an ECK cluster with several node sets). */
  private static List<Map<String, String>> podLabels(MapValue object, String kind, String apiVersion, String name) {
    List<Map<String, String>> out = new ArrayList<>();
    if (kind.equals("Pod")) {
      out.add(LabelSelectors.labels(Values.at(object, "metadata", "labels")));
    } else if (TEMPLATE_WORKLOADS.contains(kind)) {
      out.add(LabelSelectors.labels(Values.at(object, "spec", "template", "metadata", "labels")));
    } else if (kind.equals("CronJob")) {
      out.add(LabelSelectors.labels(Values.at(object, "spec", "jobTemplate", "spec", "template", "metadata", "labels")));
    } else if (kind.equals("Elasticsearch") && apiVersion.startsWith("elasticsearch.k8s.elastic.co/") && name != null) {
      for (Value nodeSet : Values.elements(Values.at(object, "spec", "nodeSets"))) {
        Map<String, String> labels = LabelSelectors.labels(Values.at(nodeSet, "podTemplate", "metadata", "labels"));
        labels.put(ECK_TYPE, "elasticsearch");
        labels.put("elasticsearch.k8s.elastic.co/cluster-name", name);
        String set = Values.stringAt(nodeSet, "name");
        if (set != null) {
          labels.put("elasticsearch.k8s.elastic.co/statefulset-name", name + "-es-" + set);
        }
        out.add(labels);
      }
    } else if (kind.equals("Kibana") && apiVersion.startsWith("kibana.k8s.elastic.co/") && name != null) {
      Map<String, String> labels = LabelSelectors.labels(Values.at(object, "spec", "podTemplate", "metadata", "labels"));
      labels.put(ECK_TYPE, "kibana");
      labels.put("kibana.k8s.elastic.co/name", name);
      out.add(labels);
    }
    return out;
  }

  /**
   * The node config: the object as written, Secret data decoded ({@link #decodeSecretData}), ECK settings
   * ({@code spec.nodeSets[].config}, Kibana's {@code spec.config}) flattened like elasticsearch.yml,
   * and a {@value #POD_SPEC} member for pod-bearing kinds.
   */
  private static MapValue config(MapValue object, String kind, String apiVersion, String podSpecPath,
      List<Diagnostic> diagnostics) {
    MapValue config = (MapValue) decodeSecretData(object);
    MapValue spec = Values.map(object.get("spec"));
    if (spec != null && kind.equals("Elasticsearch") && apiVersion.startsWith("elasticsearch.k8s.elastic.co/")
        && spec.get("nodeSets") instanceof ListValue nodeSets) {
      List<Value> sets = new ArrayList<>();
      for (Value set : nodeSets.elements()) {
        if (set instanceof MapValue s && s.get("config") instanceof MapValue settings) {
          sets.add(with(s, "config", NodeSettings.flatten(settings, diagnostics)));
        } else {
          sets.add(set);
        }
      }
      config = with(config, "spec", with(spec, "nodeSets",
          new ListValue(sets, nodeSets.kind(), nodeSets.range(), nodeSets.origin())));
    } else if (spec != null && kind.equals("Kibana") && apiVersion.startsWith("kibana.k8s.elastic.co/")
        && spec.get("config") instanceof MapValue settings) {
      config = with(config, "spec", with(spec, "config", NodeSettings.flatten(settings, diagnostics)));
    }
    Map<String, Value> entries = new LinkedHashMap<>(config.entries());
    Map<String, SourceRange> ranges = new LinkedHashMap<>(config.memberRanges());
    if (podSpecPath != null && Values.at(object, podSpecPath.split("\\.")) instanceof MapValue podSpec) {
      entries.put(POD_SPEC, podSpec);
      ranges.put(POD_SPEC, podSpec.range());
    }
    return new MapValue(entries, ranges, MapValue.Kind.BLOCK, object.range(), object.origin());
  }

  private static String directoryOf(SourceFile file) {
    Path p = file.path();
    if (p != null && p.getParent() != null) {
      return p.getParent().toString().replace('\\', '/');
    }
    String d = file.displayPath();
    int slash = d.lastIndexOf('/');
    return slash < 0 ? "" : d.substring(0, slash);
  }
}
