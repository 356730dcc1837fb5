package dev.iaclint.rules.kubernetes;

import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.Ranges;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.kubernetes.KubernetesObjects;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import dev.iaclint.rules.elasticsearch.BindAddresses;
import dev.iaclint.rules.kubernetes.SearchWorkloads.Product;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(
    id = "IAC-K8S-ES-001",
    title = "Elasticsearch/Kibana is exposed outside the cluster by a Kubernetes Service",
    severity = Severity.HIGH,
    category = Category.PUBLIC_EXPOSURE,
    formats = {SourceFormat.KUBERNETES},
    types = {"Service", "Elasticsearch", "Kibana", "Ingress"},
    kics = {"26763a1c-5dda-4772-b507-5fca7fb5f165", "845acfbe-3e10-4b8e-b656-3b404d36dfb2"},
    description = """
        A Service of type LoadBalancer gets an address the cloud's load balancer serves to the
        internet; a NodePort Service opens its port on every node's address. Reported for such a
        Service when it selects Elasticsearch, OpenSearch or Kibana pods (an ECK Elasticsearch or
        Kibana, or a workload running their images) or exposes their ports 9200, 9300 or 5601, and
        for an Ingress that routes to such a cluster running without security (CRITICAL; an
        Ingress in front of a cluster with its login on is how ECK documents publishing it), for a
        Service of any type with externalIPs (HIGH for a public address, MEDIUM for a
        private one), and for ECK's own Services when spec.http.service.spec.type (or, for an Elasticsearch, the
        transport Service's spec.transport.service.spec.type) asks for one. Not reported when
        the load balancer is internal (the aws-load-balancer-internal / -scheme: internal,
        GKE and Google Cloud Internal, Azure, Oracle, IBM, Alibaba, OpenStack, Tencent and Hetzner
        annotations; the AWS Load Balancer Controller, which defaults to internal), has a private
        loadBalancerIP, or when loadBalancerSourceRanges (or the source-ranges annotation) limit
        clients to ranges that leave out 0.0.0.0/0 and ::/0. Severity: HIGH for a load
        balancer, MEDIUM for a NodePort (node addresses are often private), one level more
        (CRITICAL for a load balancer) when the cluster behind it runs without security
        (IAC-ES-002). Catalog: PUB-010.""",
    remediation = """
        Use a ClusterIP Service and reach the cluster through an Ingress or gateway with
        authentication, or make the load balancer internal with your cloud's annotation, or set
        loadBalancerSourceRanges to the client networks. On ECK, leave spec.http.service.spec.type
        unset (ClusterIP) or add those to spec.http.service.""",
    links = {
        "https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer",
        "https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer",
        "https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/",
        "https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-services.html",
        "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#lb-scheme"})
public final class ExposedServiceRule extends AnnotatedResourceRule {
  private static final Set<Integer> SEARCH_PORTS = Set.of(9200, 9300, 5601);

  @Override
  public boolean appliesTo(Node node) {
    if (!super.appliesTo(node)) {
      return false;
    }
    return node.type().equals("Service") || node.type().equals("Ingress") || SearchWorkloads.productOf(node) != null;
  }

  @Override
  public CheckResult check(Node node, RuleContext context) {
    if (node.type().equals("Service")) {
      return service(node, context);
    }
    if (node.type().equals("Ingress")) {
      return ingress(node, context);
    }
    // ECK's own HTTP Service, configured under spec.http.service; an Elasticsearch also has a
    // transport Service (spec.transport.service), which remote clusters may be given a load balancer on.
    Product product = SearchWorkloads.productOf(node);
    CheckResult http = eckService(node, "http", product.displayName + " (ECK's HTTP Service)", context);
    if (!node.type().equals("Elasticsearch")) {
      return http;
    }
    CheckResult transport = eckService(node, "transport",
        product.displayName + " node transport (ECK's transport Service, port 9300)", context);
    List<Failure> failures = new ArrayList<>();
    for (CheckResult r : List.of(http, transport)) {
      if (r instanceof CheckResult.Fail f) {
        failures.addAll(f.failures());
      }
    }
    if (!failures.isEmpty()) {
      return CheckResult.fail(failures);
    }
    return http instanceof CheckResult.Indeterminate ? http : transport;
  }

  private CheckResult eckService(Node node, String which, String what, RuleContext context) {
    MapValue service = Values.mapAt(node.config(), "spec", which, "service");
    MapValue spec = Values.map(service == null ? null : service.get("spec"));
    return judge(spec, service, List.of(node), what, "spec." + which + ".service.spec.type", context);
  }

  /** ECK names the HTTP Services it creates {@code <name>-es-http} and {@code <name>-kb-http}. */
  private static final Pattern ECK_HTTP_SERVICE = Pattern.compile("(.+)-(es|kb)-http");

  /**
   * An Ingress is how ECK documents publishing Kibana and Elasticsearch, behind their own login, so
   * it is reported only when a backend it routes to runs without security (CRITICAL): then the
   * ingress controller hands the cluster to whoever reaches it.
   */
  private CheckResult ingress(Node ingress, RuleContext context) {
    List<Failure> failures = new ArrayList<>();
    Set<Node> seen = new LinkedHashSet<>();
    for (Edge e : context.graph().outgoing(ingress)) {
      if (e.kind() != EdgeKind.REFERENCE || !e.to().type().equals("Service")) {
        continue;
      }
      for (Edge s : context.graph().outgoing(e.to())) {
        if (s.kind() == EdgeKind.SELECTS && SearchWorkloads.productOf(s.to()) != null && seen.add(s.to())) {
          insecureBackend(s.to(), e.range(), e.attribute(), context).ifPresent(failures::add);
        }
      }
    }
    MapValue spec = Values.mapAt(ingress.config(), "spec");
    List<Value> names = new ArrayList<>();
    for (String key : List.of("defaultBackend", "backend")) {
      names.add(Values.at(spec, key, "service", "name"));
    }
    for (Value rule : Values.elements(spec == null ? null : spec.get("rules"))) {
      for (Value path : Values.elements(Values.at(rule, "http", "paths"))) {
        Value name = Values.at(path, "backend", "service", "name");
        names.add(name != null ? name : Values.at(path, "backend", "serviceName"));
      }
    }
    for (Value name : names) {
      String text = Values.scalarText(name);
      Matcher m = text == null ? null : ECK_HTTP_SERVICE.matcher(text);
      if (m == null || !m.matches()) {
        continue;
      }
      String kind = m.group(2).equals("es") ? "Elasticsearch" : "Kibana";
      for (Node eck : context.graph().ofType(kind)) {
        if (m.group(1).equals(eck.property(KubernetesObjects.NAME)) && SearchWorkloads.productOf(eck) != null
            && Objects.equals(eck.property(KubernetesObjects.NAMESPACE), ingress.property(KubernetesObjects.NAMESPACE))
            && seen.add(eck)) {
          insecureBackend(eck, name.range(), "spec.rules.http.paths.backend.service.name", context).ifPresent(failures::add);
        }
      }
    }
    return failures.isEmpty() ? CheckResult.pass() : CheckResult.fail(failures);
  }

  private static Optional<Failure> insecureBackend(Node backend, SourceRange at, String path, RuleContext context) {
    if (at == null || !SearchWorkloads.securityOff(backend, context.graph())) {
      return Optional.empty();
    }
    return Optional.of(Failure.at(Ranges.firstLine(at), "An Ingress routes outside traffic to " + names(List.of(backend))
        + ", which runs without security: anyone who reaches the ingress controller can read, change and delete every"
        + " index", path).withSeverity(Severity.CRITICAL));
  }

  private CheckResult service(Node node, RuleContext context) {
    MapValue spec = Values.mapAt(node.config(), "spec");
    if (spec == null) {
      return CheckResult.pass();
    }
    List<Node> selected = new ArrayList<>();
    for (Edge e : context.graph().outgoing(node)) {
      if (e.kind() == EdgeKind.SELECTS && !selected.contains(e.to())) {
        selected.add(e.to());
      }
    }
    List<Node> search = selected.stream().filter(n -> SearchWorkloads.productOf(n) != null).toList();
    if (!selected.isEmpty() && search.isEmpty()) {
      return CheckResult.pass(); // it selects pods iaclint knows, and none of them is a search product
    }
    Set<String> exposed = new LinkedHashSet<>();
    for (Value port : Values.elements(spec.get("ports"))) {
      Value target = Values.at(port, "targetPort");
      if (target == null) {
        target = Values.at(port, "port");
      }
      String text = Values.scalarText(target);
      if (text == null) {
        continue;
      }
      if (text.matches("\\d{1,5}")) {
        int number = Integer.parseInt(text);
        if (search.isEmpty() ? SEARCH_PORTS.contains(number)
            : search.stream().anyMatch(n -> SearchWorkloads.productOf(n).listensOn(number))) {
          exposed.add(text);
        }
      } else {
        for (Node n : search) {
          int number = SearchWorkloads.namedPort(n, SearchWorkloads.productOf(n), text);
          if (number < 0 || SearchWorkloads.productOf(n).listensOn(number)) {
            exposed.add(number < 0 ? text : Integer.toString(number));
          }
        }
      }
    }
    if (exposed.isEmpty()) {
      return CheckResult.pass();
    }
    String what = search.isEmpty() ? "port " + String.join(", ", exposed) + " (Elasticsearch/Kibana)"
        : names(search) + " (port " + String.join(", ", exposed) + ")";
    return judge(spec, Values.map(node.config()), search, what, "spec.type", context);
  }

  private CheckResult judge(MapValue spec, MapValue serviceObject, List<Node> backends, String what,
      String typePath, RuleContext context) {
    Value type = spec == null ? null : spec.get("type");
    if (type instanceof UnknownValue u) {
      return CheckResult.indeterminate("cannot tell the Service type: " + u.reason(), u.range());
    }
    String t = Values.scalarText(type);
    boolean insecure = backends.stream().anyMatch(n -> SearchWorkloads.securityOff(n, context.graph()));
    String consequence = insecure ? ", and it runs without security: anyone who reaches it can read, change and"
        + " delete every index" : "";
    if (t == null || !(t.equals("LoadBalancer") || t.equals("NodePort"))) {
      return externalIps(spec, what, typePath, insecure, consequence);
    }
    SourceRange at = Ranges.firstLine(spec.memberRange("type"));
    if (t.equals("NodePort")) {
      return CheckResult.fail(Failure.at(at, "A NodePort Service opens " + what + " on every node's address"
          + consequence, typePath).withSeverity(insecure ? Severity.HIGH : Severity.MEDIUM));
    }
    LoadBalancers.Reach reach = LoadBalancers.of(spec, SearchWorkloads.annotations(serviceObject));
    if (reach.undecided() != null) {
      return CheckResult.indeterminate("cannot tell whether the load balancer is internal or restricted: "
          + reach.undecided(), reach.at());
    }
    if (reach.restricted()) {
      return CheckResult.pass();
    }
    return CheckResult.fail(Failure.at(at, "A LoadBalancer Service exposes " + what + " to the internet: the load"
        + " balancer is not internal and no loadBalancerSourceRanges restrict its clients" + consequence, typePath)
        .withSeverity(insecure ? Severity.CRITICAL : Severity.HIGH));
  }

  /**
   * A Service of any type with {@code externalIPs}: the nodes route traffic addressed to those IPs
   * on the Service's ports to its pods. HIGH for a public address, MEDIUM for a private one (one
   * level more when the cluster runs without security).
   */
  private static CheckResult externalIps(MapValue spec, String what, String typePath, boolean insecure,
      String consequence) {
    Value ips = spec == null ? null : spec.get("externalIPs");
    if (ips == null) {
      return CheckResult.pass();
    }
    if (ips instanceof UnknownValue u) {
      return CheckResult.indeterminate("cannot tell the Service's externalIPs: " + u.reason(), u.range());
    }
    boolean anyIp = false;
    for (Value ip : Values.elements(ips)) {
      String text = Values.scalarText(ip);
      if (ip instanceof UnknownValue || text == null) {
        return CheckResult.indeterminate("cannot tell the Service's externalIPs: an address is not known", ip.range());
      }
      anyIp = true;
      if (BindAddresses.reach(text) == BindAddresses.Reach.EVERYWHERE) {
        return CheckResult.fail(Failure.at(Ranges.firstLine(ip.range()), "externalIPs route traffic for a public"
            + " address to " + what + consequence, typePath.replace("type", "externalIPs"))
            .withSeverity(insecure ? Severity.CRITICAL : Severity.HIGH));
      }
    }
    if (!anyIp) {
      return CheckResult.pass();
    }
    return CheckResult.fail(Failure.at(Ranges.firstLine(spec.memberRange("externalIPs")), "externalIPs route traffic"
        + " for addresses outside the cluster to " + what + consequence, typePath.replace("type", "externalIPs"))
        .withSeverity(insecure ? Severity.HIGH : Severity.MEDIUM));
  }

  private static String names(List<Node> nodes) {
    List<String> out = new ArrayList<>();
    for (Node n : nodes) {
      String product = SearchWorkloads.productOf(n).displayName;
      out.add(n.address().startsWith(product + "/") ? n.address() : product + " in " + n.address());
    }
    return String.join(", ", out);
  }
}
