package dev.iaclint.core.compose;

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
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.NodeIds;
import dev.iaclint.core.yaml.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docker-compose files: a RESOURCE node of type {@value #SERVICE_TYPE} per service, named
 * {@code services.NAME}, with {@code environment} and {@code ports} normalised and the
 * Elasticsearch/OpenSearch settings its environment and command set gathered in {@value #SETTINGS}.
 */
public final class ComposeFiles {
  /** Node type of a compose service. */
  public static final String SERVICE_TYPE = "service";
  /** Config member: node settings set through the environment or {@code -E} options, flat. */
  public static final String SETTINGS = "settings";

  private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)[^}]*}|\\$([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern E_OPTION = Pattern.compile("^-E([^=\\s]+)=(.*)$");

  private ComposeFiles() {}

  /** A top-level {@code services} map with at least one service that has {@code image} or {@code build}. */
  public static boolean isCompose(Value root) {
    MapValue services = Values.mapAt(root, "services");
    if (services == null) {
      return false;
    }
    for (Value s : services.entries().values()) {
      if (s instanceof MapValue m && (m.has("image") || m.has("build"))) {
        return true;
      }
    }
    return false;
  }

  /** Adds a node per service of {@code root} and DEPENDS_ON edges for {@code depends_on}. */
  public static void load(SourceFile file, Value root, LoadContext context) {
    MapValue services = Values.mapAt(root, "services");
    Map<String, String> dotEnv = DotEnv.of(file);
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (String name : services.keys()) {
      if (!(DotEnv.substitute(services.get(name), dotEnv) instanceof MapValue service)) {
        continue;
      }
      Map<String, String> props = new LinkedHashMap<>();
      props.put(Node.SCOPE, NodeIds.fileKey(file));
      Node node = new Node(NodeIds.of("docker-compose", file, "services." + name), NodeKind.RESOURCE,
          SourceFormat.DOCKER_COMPOSE, SERVICE_TYPE, "services." + name, services.memberRange(name),
          config(service), props);
      nodes.put(name, node);
      context.graph().add(node);
    }
    for (Map.Entry<String, Node> e : nodes.entrySet()) {
      MapValue service = (MapValue) services.get(e.getKey());
      Value dependsOn = service.get("depends_on");
      List<Value> targets = new ArrayList<>();
      if (dependsOn instanceof ListValue l) {
        targets.addAll(l.elements());
      } else if (dependsOn instanceof MapValue m) {
        m.keys().forEach(k -> targets.add(new StringValue(k, m.memberRange(k))));
      }
      for (Value t : targets) {
        Node target = nodes.get(Values.string(t));
        if (target != null && target != e.getValue()) {
          context.graph().addEdge(new Edge(e.getValue(), target, EdgeKind.DEPENDS_ON, "depends_on", t.range()));
        }
      }
    }
  }

  private static MapValue config(MapValue service) {
    Map<String, Value> entries = new LinkedHashMap<>(service.entries());
    Map<String, SourceRange> ranges = new LinkedHashMap<>(service.memberRanges());
    MapValue environment = environment(service.get("environment"));
    if (environment != null) {
      entries.put("environment", environment);
    }
    if (service.get("ports") instanceof ListValue ports) {
      entries.put("ports", Ports.normalise(ports));
    }
    MapValue settings = settings(environment, service.get("command"), service.range());
    if (!settings.keys().isEmpty()) {
      entries.put(SETTINGS, settings);
      ranges.putIfAbsent(SETTINGS, environment != null ? service.memberRange("environment")
          : service.memberRange("command"));
    }
    return new MapValue(entries, ranges, MapValue.Kind.BLOCK, service.range(), service.origin());
  }

  /**
   * {@code environment} as a map in both of its forms: {@code KEY: value} and {@code - KEY=value}.
   * Values interpolated from the shell ({@code ${VAR}}) and bare {@code - KEY} entries are unknown.
   */
  static MapValue environment(Value environment) {
    MapValue.Builder b = new MapValue.Builder(MapValue.Kind.OBJECT);
    if (environment instanceof MapValue m) {
      for (String key : m.keys()) {
        b.put(key, interpolate(m.get(key)), m.memberRange(key));
      }
      return b.build(m.range());
    }
    if (environment instanceof ListValue l) {
      for (Value item : l.elements()) {
        String text = Values.scalarText(item);
        if (text == null) {
          continue;
        }
        int eq = text.indexOf('=');
        if (eq < 0) {
          b.put(text.trim(), new UnknownValue("taken from the environment docker compose runs in", item.range()),
              item.range());
        } else {
          b.put(text.substring(0, eq).trim(), interpolate(new StringValue(text.substring(eq + 1), item.range())),
              item.range());
        }
      }
      return b.build(l.range());
    }
    return null;
  }

  /** A string with {@code ${VAR}} is set when compose runs: unknown here. {@code $$} is a literal {@code $}. */
  static Value interpolate(Value v) {
    if (!(v instanceof StringValue s) || !s.value().contains("$")) {
      return v;
    }
    String text = s.value().replace("$$", "\u0000");
    Matcher m = INTERPOLATION.matcher(text);
    if (m.find()) {
      String var = m.group(1) != null ? m.group(1) : m.group(2);
      return new UnknownValue("interpolated from the environment variable " + var + " when docker compose runs",
          s.range(), s.origin());
    }
    return new StringValue(text.replace('\u0000', '$'), s.range(), s.origin());
  }

  /** Node settings from the environment ({@code xpack.security.enabled=false}, {@code ES_SETTING_…}) and {@code -E} options. */
  private static MapValue settings(MapValue environment, Value command, SourceRange fallback) {
    MapValue.Builder b = new MapValue.Builder(MapValue.Kind.BLOCK);
    if (environment != null) {
      for (String key : environment.keys()) {
        String setting = NodeSettings.settingOfEnvironmentVariable(key);
        if (setting != null) {
          b.put(setting, NodeSettings.normaliseBoolean(environment.get(key)), environment.memberRange(key));
        }
      }
    }
    List<Value> words = new ArrayList<>();
    if (command instanceof ListValue l) {
      words.addAll(l.elements());
    } else if (command instanceof StringValue s) {
      for (String w : s.value().trim().split("\\s+")) {
        words.add(new StringValue(w, s.range()));
      }
    }
    for (int i = 0; i < words.size(); i++) {
      String w = Values.scalarText(words.get(i));
      if (w == null) {
        continue;
      }
      if (w.equals("-E") && i + 1 < words.size() && Values.scalarText(words.get(i + 1)) != null) {
        w = "-E" + Values.scalarText(words.get(++i));
      }
      Matcher m = E_OPTION.matcher(w);
      if (m.matches()) {
        Value value = NodeSettings.normaliseBoolean(interpolate(new StringValue(m.group(2), words.get(i).range())));
        b.put(m.group(1), value, words.get(i).range());
      }
    }
    return b.build(environment != null ? environment.range() : fallback);
  }
}
