package dev.iaclint.rules.kubernetes;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.kubernetes.KubernetesObjects;
import dev.iaclint.core.kubernetes.LabelSelectors;
import dev.iaclint.core.net.Cidr;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@RuleInfo(
    id = "IAC-K8S-ES-002",
    title = "Elasticsearch pods are not isolated by a NetworkPolicy",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_ACL,
    formats = {SourceFormat.KUBERNETES},
    types = {"Elasticsearch"},
    description = """
        Pods accept traffic from every pod in the cluster until a NetworkPolicy with an Ingress
        policy type selects them; then only what some selecting policy allows gets in. An ECK
        Elasticsearch is reported when, among the scanned manifests of its namespace, no
        NetworkPolicy with Ingress in its policyTypes (a policy without policyTypes always has
        it) selects the pods of each of its node sets (by the labels ECK gives them:
        elasticsearch.k8s.elastic.co/cluster-name and the node set's statefulset-name, plus the
        pod template's labels; an empty podSelector selects every pod of the namespace), and when
        the policies that do select them let everything in (an ingress rule without from, an
        ipBlock of 0.0.0.0/0 or ::/0, or a namespaceSelector of {} that admits every namespace's
        pods). The namespace's manifests are the scanned objects with the same
        metadata.namespace, or, without one, those of the same directory (which are applied
        together, to "default" unless kubectl's context names another namespace, so an object of
        that directory that names "default" is in it too). When the scan holds no other object of that namespace, the policies are
        probably kept elsewhere and the check is undecided. MEDIUM: ECK clusters keep
        authentication and TLS, so a policy is a second line of defence. Catalog: NET-008.""",
    remediation = """
        Add a NetworkPolicy in the cluster's namespace that selects its pods
        (elasticsearch.k8s.elastic.co/cluster-name: <name>) with policyTypes [Ingress] and allows
        port 9200 only from the clients (and the ECK operator's namespace) and port 9300 only from
        the cluster's own pods.""",
    links = {
        "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
        "https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s_prerequisites.html#k8s_network_policies",
        "https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-traffic-splitting.html"})
public final class NoNetworkPolicyRule extends AnnotatedResourceRule {

  @Override
  public boolean appliesTo(Node node) {
    return super.appliesTo(node) && SearchWorkloads.isEck(node, "Elasticsearch", "elasticsearch.k8s.elastic.co");
  }

  @Override
  public CheckResult check(Node es, RuleContext context) {
    List<Node> namespace = sameNamespace(es, context);
    List<Node> policies = namespace.stream().filter(n -> n.type().equals("NetworkPolicy")).toList();
    List<Map<String, String>> podSets = KubernetesObjects.podLabels(es);
    if (podSets.isEmpty()) {
      return CheckResult.pass(); // no node sets, no pods
    }
    List<Node> selecting = new ArrayList<>();
    for (Map<String, String> pods : podSets) {
      boolean covered = false;
      for (Node policy : policies) {
        if (restrictsIngress(policy) && selects(policy, pods)) {
          covered = true;
          if (!selecting.contains(policy)) {
            selecting.add(policy);
          }
        }
      }
      if (!covered) {
        if (namespace.stream().noneMatch(n -> n != es)) {
          return CheckResult.indeterminate("no NetworkPolicy selects the pods of " + es.address() + ", but the scan"
              + " holds no other manifest of its namespace: its policies may be kept elsewhere", es.headerRange());
        }
        String which = podSets.size() > 1 ? " of node set " + pods.get("elasticsearch.k8s.elastic.co/statefulset-name")
            : "";
        return CheckResult.fail(Failure.at(es.headerRange(), "No NetworkPolicy with an Ingress policy type selects the"
            + " pods" + which + " of " + es.address() + ": every pod in the cluster can reach them", ""));
      }
    }
    for (Node policy : selecting) {
      SourceRange open = allowsEverything(policy);
      if (open != null) {
        return CheckResult.fail(Failure.at(es.headerRange(), "The NetworkPolicy " + policy.address() + " lets"
            + " traffic from everywhere in to the pods of " + es.address(), "")
            .withRelated(List.of(new RelatedLocation(open, "ingress rule that admits every source"))));
      }
    }
    return CheckResult.pass();
  }

  private static final String DEFAULT_NAMESPACE = "default";

  /** The objects of {@code es}'s namespace: same metadata.namespace, or without one, same directory. */
  private static List<Node> sameNamespace(Node es, RuleContext context) {
    String namespace = es.property(KubernetesObjects.NAMESPACE);
    List<Node> out = new ArrayList<>();
    for (Node n : context.graph().nodes()) {
      if (n.format() != SourceFormat.KUBERNETES) {
        continue;
      }
      if (n.type().equals("Namespace")) {
        if (namespace != null && namespace.equals(n.property(KubernetesObjects.NAME))) {
          out.add(n); // the namespace itself is managed here
        }
        continue;
      }
      String ns = n.property(KubernetesObjects.NAMESPACE);
      // A manifest without a namespace goes where kubectl applies it: "default" unless the context
      // says otherwise, so beside it (same directory) it is taken as "default".
      boolean sameDirectory = Objects.equals(n.property(Node.SCOPE), es.property(Node.SCOPE));
      boolean same = namespace != null && ns != null ? namespace.equals(ns)
          : namespace == null && ns == null ? sameDirectory
          : sameDirectory && DEFAULT_NAMESPACE.equals(namespace != null ? namespace : ns);
      if (same) {
        out.add(n);
      }
    }
    return out;
  }

  /** A policy limits ingress when its policyTypes include Ingress; without policyTypes, every policy does. */
  private static boolean restrictsIngress(Node policy) {
    Value types = Values.at(policy.config(), "spec", "policyTypes");
    if (types == null) {
      return true;
    }
    return Values.elements(types).stream().anyMatch(t -> "Ingress".equals(Values.scalarText(t)));
  }

  private static boolean selects(Node policy, Map<String, String> labels) {
    MapValue selector = Values.mapAt(policy.config(), "spec", "podSelector");
    return selector != null && LabelSelectors.matches(selector, labels);
  }

  /** Where a policy admits every source (a rule without {@code from}, a /0 ipBlock, every namespace), or {@code null}. */
  private static SourceRange allowsEverything(Node policy) {
    for (Value rule : Values.elements(Values.at(policy.config(), "spec", "ingress"))) {
      Value from = Values.at(rule, "from");
      if (from == null || (from instanceof ListValue l && l.isEmpty())) {
        return rule.range();
      }
      for (Value peer : Values.elements(from)) {
        String cidr = Values.scalarText(Values.at(peer, "ipBlock", "cidr"));
        Cidr block = cidr == null ? null : Cidr.parse(cidr);
        if (block != null && block.isAnywhere()) {
          return peer.range();
        }
        MapValue namespaces = Values.mapAt(peer, "namespaceSelector");
        MapValue pods = Values.mapAt(peer, "podSelector");
        if (namespaces != null && isEmpty(namespaces) && (pods == null || isEmpty(pods))) {
          return peer.range();
        }
      }
    }
    return null;
  }

  private static boolean isEmpty(MapValue selector) {
    return Values.elements(selector.get("matchExpressions")).isEmpty()
        && (Values.mapAt(selector, "matchLabels") == null || Values.mapAt(selector, "matchLabels").size() == 0);
  }
}
