package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import java.util.Locale;
import java.util.Set;

/**
 * A container image reference ({@code docker.elastic.co/elasticsearch/elasticsearch:8.13.4},
 * {@code opensearchproject/opensearch:2}, {@code bitnami/elasticsearch:8.13.4-debian-12-r0}) read
 * for what the rules need: which product it runs and which version.
 *
 * @param kind what the image runs, judged by its repository's last name
 * @param flavour the search engine of a {@link Kind#SEARCH_NODE} image, else {@code null}
 * @param version the tag's version; {@code null} when there is no tag, it is interpolated or not a version
 * @param range where the image is written
 */
public record ContainerImage(Kind kind, Flavour flavour, Version version, String vendor, boolean oss,
    String versionUnknownReason, SourceRange range) {

  /** What an image runs. */
  public enum Kind {
    /** An Elasticsearch, OpenSearch or Open Distro node. */
    SEARCH_NODE,
    /** Kibana or OpenSearch Dashboards. */
    DASHBOARDS,
    /** Another Elastic Stack tool (Logstash, Beats, APM Server, Elastic Agent …): not a node. */
    OTHER_STACK_TOOL,
    /** Anything else, or an image whose name does not say. */
    UNKNOWN
  }

  private static final Set<String> ES_NAMES = Set.of("elasticsearch", "elasticsearch-oss", "elasticsearch-wolfi",
      "elasticsearch-ubi", "elasticsearch-ubi8", "elasticsearch-ubi9", "elasticsearch-fips");
  private static final Set<String> OPENSEARCH_NAMES = Set.of("opensearch", "opendistro-for-elasticsearch");
  private static final Set<String> DASHBOARD_NAMES = Set.of("kibana", "kibana-oss", "kibana-wolfi",
      "kibana-ubi", "opensearch-dashboards", "opendistro-for-elasticsearch-kibana");
  private static final Set<String> OTHER_TOOL_NAMES = Set.of("logstash", "logstash-oss", "filebeat",
      "metricbeat", "heartbeat", "packetbeat", "auditbeat", "winlogbeat", "functionbeat", "journalbeat",
      "apm-server", "elastic-agent", "elastic-agent-complete", "enterprise-search", "elastic-maps-service",
      "logstash-oss-with-opensearch-output-plugin", "data-prepper", "opensearch-data-prepper");

  /** The image written at {@code value}, or {@code null} when there is none (a {@code build}-only service). */
  public static ContainerImage of(Value value) {
    String text = Values.scalarText(value);
    if (text == null) {
      return value == null ? null
          : new ContainerImage(Kind.UNKNOWN, null, null, "", false, "the image is not known", value.range());
    }
    return parse(text.trim(), value.range());
  }

  static ContainerImage parse(String reference, SourceRange range) {
    String ref = reference;
    int at = ref.indexOf('@');
    String digest = null;
    if (at >= 0) {
      digest = ref.substring(at + 1);
      ref = ref.substring(0, at);
    }
    int slash = ref.lastIndexOf('/');
    int colon = ref.lastIndexOf(':');
    String tag = colon > slash ? ref.substring(colon + 1) : null;
    String repository = colon > slash ? ref.substring(0, colon) : ref;
    String name = repository.substring(repository.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    String vendor = repository.contains("/") ? repository.substring(0, repository.lastIndexOf('/')).toLowerCase(Locale.ROOT) : "";

    Kind kind;
    Flavour flavour = null;
    if (ES_NAMES.contains(name)) {
      kind = Kind.SEARCH_NODE;
      flavour = Flavour.ELASTICSEARCH;
    } else if (OPENSEARCH_NAMES.contains(name)) {
      kind = Kind.SEARCH_NODE;
      flavour = Flavour.OPENSEARCH;
    } else if (DASHBOARD_NAMES.contains(name)) {
      kind = Kind.DASHBOARDS;
    } else if (OTHER_TOOL_NAMES.contains(name) || name.endsWith("beat")) {
      kind = Kind.OTHER_STACK_TOOL;
    } else {
      kind = Kind.UNKNOWN;
    }
    Version version = null;
    String unknown = null;
    if (reference.contains("$")) {
      unknown = "the image is interpolated from the environment when docker compose runs";
    } else if (tag == null) {
      unknown = digest != null ? "the image is pinned by digest, which does not say its version"
          : "the image has no tag";
    } else {
      version = Version.parse(tag);
      if (version == null) {
        unknown = "the image tag is not a version";
      }
    }
    return new ContainerImage(kind, flavour, version, vendor, name.endsWith("-oss"), unknown, range);
  }

  /** Bitnami's images configure the node from their own variables ({@code ELASTICSEARCH_ENABLE_SECURITY}). */
  public boolean isBitnami() {
    return vendor.equals("bitnami") || vendor.endsWith("/bitnami");
  }
}
