package dev.iaclint.core.elasticsearch;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Elasticsearch and OpenSearch node settings in one normalised form, wherever they are written:
 * {@code elasticsearch.yml}/{@code opensearch.yml}, {@code spec.nodeSets[].config} of an ECK
 * {@code Elasticsearch}, or the environment of a docker-compose service.
 *
 * <p>The form is flat: a {@link MapValue} from setting key ({@code xpack.security.enabled}) to
 * value, whose member range is where the setting is written. {@code xpack.security.enabled: false}
 * and {@code xpack: {security: {enabled: false}}} give the same map. Booleans written as strings
 * ({@code "false"}, {@code FALSE}, as environment variables always are) become booleans; lists
 * stay lists.
 */
public final class NodeSettings {
  /** {@code ${VAR}} in elasticsearch.yml is replaced from the environment when the node starts. */
  private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");
  /** The Elasticsearch image's entrypoint treats these environment variables as settings. */
  private static final Pattern DOTTED_ENV = Pattern.compile("^[a-z0-9_]+\\.[a-z0-9_]+.*$");
  private static final String ES_SETTING_PREFIX = "ES_SETTING_";

  /** Setting prefixes only Elasticsearch/OpenSearch nodes use (Kibana, Logstash and Beats do not). */
  private static final List<String> NODE_PREFIXES = List.of("cluster.", "discovery.", "network.host",
      "network.bind_host", "network.publish_host", "transport.", "bootstrap.", "gateway.",
      "indices.", "xpack.security.", "xpack.ml.", "xpack.license.", "plugins.security.",
      "opendistro_security.", "http.cors.", "node.roles", "node.master", "node.data", "path.repo",
      "action.destructive_requires_name", "cluster.initial_master_nodes");
  /** Prefixes of the other Elastic Stack tools' settings files; any of them rules a file out. */
  private static final List<String> OTHER_TOOL_PREFIXES = List.of("server.", "elasticsearch.",
      "kibana.", "pipeline.", "queue.", "output.", "setup.", "filebeat.", "metricbeat.",
      "heartbeat.", "packetbeat.", "auditbeat.", "winlogbeat.", "processors", "monitoring.",
      "logging.", "api.", "config.reload", "dead_letter_queue.", "fleet.", "apm-server.",
      "xpack.monitoring.elasticsearch", "xpack.fleet.", "xpack.encryptedSavedObjects",
      "xpack.reporting.");
  /** Prefixes that say the settings are OpenSearch's. */
  private static final List<String> OPENSEARCH_PREFIXES = List.of("plugins.", "opendistro_security.",
      "opensearch.", "compatibility.override_main_response_version");

  private NodeSettings() {}

  /**
   * Flattens a settings mapping, nested or flat or both. A key set twice (once flat, once nested)
   * is a warning; the later one is used, as Elasticsearch would refuse to start.
   */
  public static MapValue flatten(MapValue settings, List<Diagnostic> diagnostics) {
    return flatten(settings, diagnostics, NodeSettings::normaliseFileValue);
  }

  static MapValue flatten(MapValue settings, List<Diagnostic> diagnostics, UnaryOperator<Value> normalise) {
    Map<String, Value> entries = new LinkedHashMap<>();
    Map<String, SourceRange> ranges = new LinkedHashMap<>();
    collect("", settings, entries, ranges, diagnostics, normalise);
    return new MapValue(entries, ranges, MapValue.Kind.BLOCK, settings.range(), settings.origin());
  }

  private static void collect(String prefix, MapValue map, Map<String, Value> entries,
      Map<String, SourceRange> ranges, List<Diagnostic> diagnostics, UnaryOperator<Value> normalise) {
    for (String key : map.keys()) {
      String full = prefix.isEmpty() ? key : prefix + "." + key;
      Value v = map.get(key);
      if (v instanceof MapValue nested && !nested.keys().isEmpty()) {
        collect(full, nested, entries, ranges, diagnostics, normalise);
        continue;
      }
      SourceRange where = map.memberRange(key);
      SourceRange first = ranges.get(full);
      if (first != null) {
        diagnostics.add(Diagnostic.warning(where, "setting '" + full + "' is set twice (first at line "
            + first.startLine() + "); the later value is used"));
        entries.remove(full);
        ranges.remove(full);
      }
      entries.put(full, normalise.apply(v));
      ranges.put(full, where);
    }
  }

  /** A value as Elasticsearch reads it from elasticsearch.yml: booleans as booleans, {@code ${VAR}} unknown. */
  static Value normaliseFileValue(Value v) {
    if (v instanceof StringValue s) {
      Matcher m = ENV_REFERENCE.matcher(s.value());
      if (m.find()) {
        return new UnknownValue("replaced from the environment variable " + m.group(1)
            + " when the node starts", s.range(), s.origin());
      }
    }
    return normaliseBoolean(v);
  }

  /** {@code "true"}/{@code "false"} in any case, as written in an environment variable, become booleans. */
  public static Value normaliseBoolean(Value v) {
    if (v instanceof StringValue s) {
      String t = s.value().trim().toLowerCase(Locale.ROOT);
      if (t.equals("true") || t.equals("false")) {
        return new BoolValue(t.equals("true"), s.range(), s.origin());
      }
    }
    if (v instanceof ListValue l) {
      List<Value> out = new ArrayList<>(l.size());
      l.elements().forEach(e -> out.add(normaliseBoolean(e)));
      return new ListValue(out, l.kind(), l.range(), l.origin());
    }
    return v;
  }

  /**
   * The setting an environment variable of the Elasticsearch or OpenSearch image sets, or
   * {@code null}: dotted lower-case names ({@code xpack.security.enabled}) are settings as they
   * are; {@code ES_SETTING_XPACK_SECURITY_ENABLED} is {@code xpack.security.enabled} (a doubled
   * underscore is a literal one: {@code ES_SETTING_BOOTSTRAP_MEMORY__LOCK} is
   * {@code bootstrap.memory_lock}); OpenSearch's {@code DISABLE_SECURITY_PLUGIN} is
   * {@code plugins.security.disabled}.
   */
  public static String settingOfEnvironmentVariable(String name) {
    if (name.startsWith(ES_SETTING_PREFIX) && name.length() > ES_SETTING_PREFIX.length()) {
      String rest = name.substring(ES_SETTING_PREFIX.length());
      return rest.replace("__", "\u0000").replace('_', '.').replace('\u0000', '_').toLowerCase(Locale.ROOT);
    }
    if (name.equals("DISABLE_SECURITY_PLUGIN")) {
      return "plugins.security.disabled";
    }
    return DOTTED_ENV.matcher(name).matches() ? name : null;
  }

  /** Whether the top-level keys of a YAML file are Elasticsearch/OpenSearch node settings. */
  public static boolean looksLikeNodeSettings(MapValue root) {
    Set<String> keys = flatKeys(root);
    if (keys.isEmpty()) {
      return false;
    }
    boolean nodeKey = false;
    for (String k : keys) {
      for (String other : OTHER_TOOL_PREFIXES) {
        if (k.startsWith(other)) {
          return false;
        }
      }
      for (String p : NODE_PREFIXES) {
        if (k.startsWith(p)) {
          nodeKey = true;
        }
      }
    }
    return nodeKey;
  }

  /** {@code opensearch.yml} when the settings are OpenSearch's, {@code elasticsearch.yml} otherwise. */
  public static String flavour(Set<String> keys) {
    for (String k : keys) {
      for (String p : OPENSEARCH_PREFIXES) {
        if (k.startsWith(p)) {
          return "opensearch.yml";
        }
      }
    }
    return "elasticsearch.yml";
  }

  private static Set<String> flatKeys(MapValue root) {
    return flatten(root, new ArrayList<>(), v -> v).keys();
  }
}
