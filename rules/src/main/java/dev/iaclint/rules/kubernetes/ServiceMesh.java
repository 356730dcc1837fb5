package dev.iaclint.rules.kubernetes;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.kubernetes.KubernetesObjects;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether pods run in a service mesh that encrypts their traffic (Istio, Linkerd): ECK documents
 * turning its own HTTP TLS off for clusters in a mesh, which then provides mutual TLS. Judged from
 * the pod templates' injection labels and annotations (and the proxy annotations that only mean
 * something with a sidecar), or the injection label of their Namespace when it is in the scan.
 */
public final class ServiceMesh {
  private ServiceMesh() {}

  /** Whether every pod template of the ECK resource {@code eck} runs with a mesh sidecar. */
  public static boolean encryptsTrafficOf(Node eck, ResourceGraph graph) {
    List<Value> templates = new ArrayList<>();
    if (eck.type().equals("Elasticsearch")) {
      for (Value set : Values.elements(Values.at(eck.config(), "spec", "nodeSets"))) {
        templates.add(Values.at(set, "podTemplate"));
      }
    } else {
      templates.add(Values.at(eck.config(), "spec", "podTemplate"));
    }
    if (templates.isEmpty()) {
      return false;
    }
    Boolean namespace = namespaceInjection(eck, graph);
    for (Value template : templates) {
      Boolean pod = podInjection(Values.mapAt(template, "metadata"));
      boolean meshed = pod != null ? pod : Boolean.TRUE.equals(namespace);
      if (!meshed) {
        return false;
      }
    }
    return true;
  }

  /** {@code true}/{@code false} when a pod's metadata says whether it gets a sidecar; {@code null} when it does not say. */
  private static Boolean podInjection(MapValue metadata) {
    Boolean result = null;
    for (String member : List.of("labels", "annotations")) {
      MapValue m = Values.map(metadata == null ? null : metadata.get(member));
      if (m == null) {
        continue;
      }
      for (String key : m.keys()) {
        String value = text(m.get(key));
        if (key.equals("sidecar.istio.io/inject")) {
          return value.equals("true");
        }
        if (key.equals("linkerd.io/inject")) {
          return value.equals("enabled") || value.equals("ingress");
        }
        if (key.startsWith("traffic.sidecar.istio.io/") || key.startsWith("proxy.istio.io/")
            || key.startsWith("sidecar.istio.io/") || key.startsWith("config.linkerd.io/")) {
          result = Boolean.TRUE;
        }
      }
    }
    return result;
  }

  private static Boolean namespaceInjection(Node object, ResourceGraph graph) {
    String namespace = object.property(KubernetesObjects.NAMESPACE);
    if (namespace == null) {
      return null;
    }
    for (Node ns : graph.ofType("Namespace")) {
      if (ns.format() != SourceFormat.KUBERNETES || !namespace.equals(ns.property(KubernetesObjects.NAME))) {
        continue;
      }
      MapValue labels = Values.mapAt(ns.config(), "metadata", "labels");
      MapValue annotations = Values.mapAt(ns.config(), "metadata", "annotations");
      if (labels != null && (text(labels.get("istio-injection")).equals("enabled") || labels.has("istio.io/rev")
          || text(labels.get("istio.io/dataplane-mode")).equals("ambient"))) {
        return Boolean.TRUE;
      }
      if (annotations != null && text(annotations.get("linkerd.io/inject")).equals("enabled")) {
        return Boolean.TRUE;
      }
    }
    return null;
  }

  private static String text(Value v) {
    String s = Values.scalarText(v);
    return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
  }
}
