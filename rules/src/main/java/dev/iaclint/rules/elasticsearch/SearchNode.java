package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import java.util.List;

/**
 * An Elasticsearch or OpenSearch node as it will run: its settings gathered from every place that
 * sets them (an elasticsearch.yml mounted into a container and the container's environment; an
 * ECK node set's {@code config}), with what decides their defaults (deployment, version, image).
 *
 * @param source the graph node this is the node of: the settings file, compose service, ECK
 *     {@code Elasticsearch} or Kubernetes workload
 * @param layers the settings sources, lowest precedence first (a settings file, then the
 *     environment, which the image passes as {@code -E} options)
 * @param image the container image, when the node runs from one that is written
 * @param version the product version, when known
 * @param versionUnknownReason why the version is not known
 * @param versionAt where the version is decided (the image, {@code spec.version}), or the header
 * @param header where findings about missing settings go
 * @param label how messages name the node ({@code node set 'hot'}), or "" for the resource itself
 * @param environment the container environment as written, for images configured through their
 *     own variables; {@code null} elsewhere
 */
public record SearchNode(Node source, Deployment deployment, Flavour flavour, List<Layer> layers,
    ContainerImage image, Version version, String versionUnknownReason, SourceRange versionAt,
    SourceRange header, String label, MapValue environment) {

  /** How the node is run, which decides settings the operator or image manages. */
  public enum Deployment {
    /** An elasticsearch.yml/opensearch.yml read on its own: a node installed from a package or archive. */
    SETTINGS_FILE,
    /** A docker-compose service. */
    COMPOSE,
    /** A node set of an ECK {@code Elasticsearch}: the operator manages security, TLS and binding. */
    ECK,
    /** A container of a Kubernetes workload running a search image. */
    KUBERNETES_WORKLOAD
  }

  public SearchNode {
    layers = List.copyOf(layers);
  }

  /** The setting as the node sees it: from the source with the highest precedence that sets it. */
  public Setting setting(String key) {
    for (int i = layers.size() - 1; i >= 0; i--) {
      Setting s = layers.get(i).setting(key);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** The first of {@code keys} that is set (a setting and the ones it falls back to), or {@code null}. */
  public Setting first(String... keys) {
    for (String key : keys) {
      Setting s = setting(key);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** Whether any setting starting with {@code prefix} is set. */
  public boolean hasAny(String prefix) {
    for (Layer l : layers) {
      for (String key : l.settings().keys()) {
        if (key.startsWith(prefix)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The attribute path of a setting that is not set, as this node would hold it. */
  public String absentPath(String key) {
    for (int i = layers.size() - 1; i >= 0; i--) {
      if (layers.get(i).owner() == source) {
        return layers.get(i).pathPrefix() + key;
      }
    }
    return key;
  }

  /** {@code Elasticsearch}, {@code Elasticsearch (node set 'hot')}: the subject of messages. */
  public String describe() {
    return flavour.displayName() + (label.isEmpty() ? "" : " (" + label + ")");
  }
}
