package dev.iaclint.rules.kubernetes;

import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.kubernetes.KubernetesObjects;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import dev.iaclint.rules.elasticsearch.ContainerImage;
import dev.iaclint.rules.elasticsearch.Flavour;
import dev.iaclint.rules.elasticsearch.SearchNode;
import dev.iaclint.rules.elasticsearch.SearchNodes;
import dev.iaclint.rules.elasticsearch.Security;
import java.util.List;

/** What Elasticsearch, OpenSearch or Kibana a Kubernetes object runs, as a Service sees it. */
final class SearchWorkloads {
  private SearchWorkloads() {}

  /** A search product, with the ports its pods listen on by default. */
  enum Product {
    ELASTICSEARCH("Elasticsearch", 9200, 9300),
    OPENSEARCH("OpenSearch", 9200, 9300),
    KIBANA("Kibana", 5601, -1),
    OPENSEARCH_DASHBOARDS("OpenSearch Dashboards", 5601, -1);

    final String displayName;
    final int httpPort;
    final int transportPort;

    Product(String displayName, int httpPort, int transportPort) {
      this.displayName = displayName;
      this.httpPort = httpPort;
      this.transportPort = transportPort;
    }

    boolean listensOn(int port) {
      return port == httpPort || port == transportPort;
    }
  }

  static boolean isEck(Node node, String kind, String apiGroup) {
    String api = node.property(KubernetesObjects.API_VERSION);
    return node.type().equals(kind) && api != null && api.startsWith(apiGroup + "/");
  }

  /** The product {@code node}'s pods run, or {@code null} when it runs none iaclint recognises. */
  static Product productOf(Node node) {
    if (isEck(node, "Elasticsearch", "elasticsearch.k8s.elastic.co")) {
      return Product.ELASTICSEARCH;
    }
    if (isEck(node, "Kibana", "kibana.k8s.elastic.co")) {
      return Product.KIBANA;
    }
    List<Value> containers = Values.elements(Values.at(node.config(), KubernetesObjects.POD_SPEC, "containers"));
    for (Value c : containers) {
      ContainerImage image = ContainerImage.of(Values.at(c, "image"));
      if (image == null) {
        continue;
      }
      if (image.kind() == ContainerImage.Kind.SEARCH_NODE) {
        return image.flavour() == Flavour.OPENSEARCH ? Product.OPENSEARCH : Product.ELASTICSEARCH;
      }
      if (image.kind() == ContainerImage.Kind.DASHBOARDS) {
        String text = Values.scalarText(Values.at(c, "image"));
        return text != null && text.contains("opensearch") ? Product.OPENSEARCH_DASHBOARDS : Product.KIBANA;
      }
    }
    // A custom or community image (quay.io/pires/docker-elasticsearch-kubernetes …) that declares the ports.
    for (Value c : containers) {
      ContainerImage image = ContainerImage.of(Values.at(c, "image"));
      if (image != null && image.kind() != ContainerImage.Kind.UNKNOWN) {
        continue;
      }
      for (Value p : Values.elements(Values.at(c, "ports"))) {
        String port = Values.scalarText(Values.at(p, "containerPort"));
        if ("9200".equals(port) || "9300".equals(port)) {
          return Product.ELASTICSEARCH;
        }
        if ("5601".equals(port)) {
          return Product.KIBANA;
        }
      }
    }
    return null;
  }

  /**
   * The container port named {@code name} in {@code node}'s pods, or -1. ECK names the HTTP port
   * {@code https} (or {@code http} without TLS) and the transport port {@code transport}.
   */
  static int namedPort(Node node, Product product, String name) {
    if (isEck(node, "Elasticsearch", "elasticsearch.k8s.elastic.co") || isEck(node, "Kibana", "kibana.k8s.elastic.co")) {
      return switch (name) {
        case "https", "http" -> product.httpPort;
        case "transport" -> product.transportPort;
        default -> -1;
      };
    }
    for (Value c : Values.elements(Values.at(node.config(), KubernetesObjects.POD_SPEC, "containers"))) {
      for (Value p : Values.elements(Values.at(c, "ports"))) {
        if (name.equals(Values.stringAt(p, "name"))) {
          String port = Values.scalarText(Values.at(p, "containerPort"));
          try {
            return port == null ? -1 : Integer.parseInt(port);
          } catch (NumberFormatException e) {
            return -1;
          }
        }
      }
    }
    return -1;
  }

  /**
   * Whether the search cluster behind {@code node} runs without security: its own nodes, or for
   * an ECK Kibana the Elasticsearch its {@code elasticsearchRef} names.
   */
  static boolean securityOff(Node node, ResourceGraph graph) {
    if (isEck(node, "Kibana", "kibana.k8s.elastic.co")) {
      for (Edge e : graph.outgoing(node)) {
        if (e.kind() == EdgeKind.REFERENCE && e.attribute().equals("spec.elasticsearchRef.name")
            && securityOff(e.to(), graph)) {
          return true;
        }
      }
      return false;
    }
    for (SearchNode n : SearchNodes.of(node, graph)) {
      if (Security.of(n).isDisabled()) {
        return true;
      }
    }
    return false;
  }

  /** {@code metadata.annotations} of a Service, or of an ECK resource's {@code spec.http.service}. */
  static MapValue annotations(MapValue serviceObject) {
    return Values.mapAt(serviceObject, "metadata", "annotations");
  }
}
