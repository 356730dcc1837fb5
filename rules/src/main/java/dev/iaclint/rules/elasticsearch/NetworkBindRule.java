package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.graph.Ranges;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import dev.iaclint.rules.elasticsearch.BindAddresses.Reach;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RuleInfo(
    id = "IAC-ES-001",
    title = "Elasticsearch/OpenSearch node is reachable on every interface",
    severity = Severity.HIGH,
    category = Category.PUBLIC_EXPOSURE,
    formats = {SourceFormat.ELASTICSEARCH_CONFIG, SourceFormat.DOCKER_COMPOSE},
    description = """
        A node listens where network.host says (http.host / transport.host and the *.bind_host
        settings take precedence, per layer); the default, _local_, is loopback only. Bound to
        every interface (0.0.0.0, ::) or to a public address (_global_, a public IP), its HTTP API
        (9200) and transport (9300) can be reached from any network that can reach the host. A
        docker-compose service publishes the node's ports on every host interface unless the entry
        names a host address ("127.0.0.1:9200:9200"); Docker's rules also bypass host firewalls
        such as ufw. Inside a container the image binds 0.0.0.0 on purpose, so for compose the
        published ports decide (network_mode: host makes the container's binds the host's).
        Severity: CRITICAL when the node also runs without security (IAC-ES-002): anyone on those
        networks is an administrator. HIGH for an exposed HTTP layer with security on or unknown.
        MEDIUM when only the transport layer is exposed on a node with security on (transport
        connections then need TLS certificates of the cluster). Private and site-local
        addresses, _site_, interfaces and host names are not reported: every multi-node cluster
        binds to one, and the authentication of such a node is IAC-ES-002's subject. ECK manages
        binding itself (network.host is reserved), and Kubernetes exposure is decided by Services
        (IAC-K8S-ES-001). Catalog: PUB-011.""",
    remediation = """
        Bind to loopback or to the private address of the network the clients are on
        (network.host: _site_ or an address), put a reverse proxy or load balancer with access
        control in front of HTTP, and keep security on. In compose, publish on loopback
        ("127.0.0.1:9200:9200") or not at all: services of the same project reach the node by its
        service name without published ports.""",
    links = {
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html",
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/network.host.html",
        "https://docs.docker.com/reference/compose-file/services/#ports",
        "https://docs.docker.com/engine/network/packet-filtering-firewalls/",
        "https://opensearch.org/docs/latest/install-and-configure/configuring-opensearch/network-settings/"})
public final class NetworkBindRule extends SearchNodeRule {
  private static final String[] HTTP_BIND = {"http.bind_host", "http.host", "network.bind_host", "network.host"};
  private static final String[] TRANSPORT_BIND = {"transport.bind_host", "transport.host", "network.bind_host",
      "network.host"};

  /** The two layers a node listens on. */
  private enum Interface {
    HTTP("HTTP", 9200, "http.port"),
    TRANSPORT("transport", 9300, "transport.port");

    final String label;
    final int defaultPort;
    final String portSetting;

    Interface(String label, int defaultPort, String portSetting) {
      this.label = label;
      this.defaultPort = defaultPort;
      this.portSetting = portSetting;
    }
  }

  @Override
  protected List<Verdict> judge(SearchNode node, RuleContext context) {
    Security security = Security.of(node);
    if (node.deployment() == SearchNode.Deployment.SETTINGS_FILE) {
      return binds(node, security, "_local_", null);
    }
    if (node.deployment() != SearchNode.Deployment.COMPOSE) {
      return List.of();
    }
    MapValue service = node.source().config();
    String networkMode = Values.scalarText(service.get("network_mode"));
    if (networkMode != null && networkMode.equals("host")) {
      // The container's binds are the host's. A mounted settings file replaces the image's, which binds 0.0.0.0.
      boolean ownFile = node.layers().stream().anyMatch(Layer::isSettingsFile);
      return binds(node, security, ownFile ? "_local_" : "0.0.0.0",
          Ranges.firstLine(service.memberRange("network_mode")));
    }
    if (networkMode != null && !networkMode.isEmpty() && !networkMode.startsWith("bridge")) {
      return List.of(); // none, service:…, container:…: nothing of its own is published
    }
    return publishedPorts(node, security, service);
  }

  // ---- binds of a node on a host

  private List<Verdict> binds(SearchNode node, Security security, String defaultAddress, SourceRange defaultAt) {
    List<Verdict> out = new ArrayList<>();
    // The setting (or the default) that decides each layer; one finding per deciding place.
    Map<Object, List<Interface>> exposedBy = new LinkedHashMap<>();
    Map<Object, Boolean> wildcard = new LinkedHashMap<>();
    for (Interface layer : Interface.values()) {
      Setting s = node.first(layer == Interface.HTTP ? HTTP_BIND : TRANSPORT_BIND);
      List<String> addresses;
      if (s == null) {
        if (defaultAt == null) {
          continue; // _local_: loopback only
        }
        addresses = List.of(defaultAddress);
      } else {
        addresses = s.asList();
        if (addresses == null) {
          out.add(undecided(s, "cannot tell which addresses the " + layer.label + " layer binds to: "
              + (s.isUnknown() ? s.unknown().reason() : "an address is not known")));
          continue;
        }
        if (addresses.isEmpty()) {
          addresses = List.of("_local_");
        }
      }
      if (BindAddresses.widest(addresses) == Reach.EVERYWHERE) {
        Object decidedBy = s != null ? s : defaultAt;
        exposedBy.computeIfAbsent(decidedBy, k -> new ArrayList<>()).add(layer);
        wildcard.merge(decidedBy, addresses.stream().anyMatch(BindAddresses::isWildcard), Boolean::logicalOr);
      }
    }
    for (Map.Entry<Object, List<Interface>> e : exposedBy.entrySet()) {
      List<Interface> layers = e.getValue();
      String where = wildcard.get(e.getKey()) ? "every interface" : "a public address";
      String message = node.describe() + " binds its " + describe(node, layers) + " to " + where
          + (e.getKey() instanceof SourceRange ? " (the image binds 0.0.0.0 and the container shares the host's network)" : "")
          + consequence(security, layers);
      Severity severity = severity(security, layers);
      if (e.getKey() instanceof Setting s) {
        out.add(fail(s, message, severity));
      } else {
        out.add(failAt(node, (SourceRange) e.getKey(), "network.host", message, severity));
      }
    }
    return out;
  }

  // ---- ports a compose service publishes

  private List<Verdict> publishedPorts(SearchNode node, Security security, MapValue service) {
    List<Verdict> out = new ArrayList<>();
    List<Value> ports = Values.elements(service.get("ports"));
    for (int i = 0; i < ports.size(); i++) {
      if (!(ports.get(i) instanceof MapValue port)) {
        continue;
      }
      String protocol = Values.scalarText(port.get("protocol"));
      if (protocol != null && !protocol.toLowerCase(Locale.ROOT).equals("tcp")) {
        continue;
      }
      Value target = port.get("target");
      if (target instanceof UnknownValue u) {
        out.add(undecided(node, port.range(), "cannot tell which container port is published: " + u.reason()));
        continue;
      }
      List<Interface> layers = new ArrayList<>();
      for (Interface layer : Interface.values()) {
        if (covers(target, containerPort(node, layer))) {
          layers.add(layer);
        }
      }
      if (layers.isEmpty()) {
        continue;
      }
      Value hostIp = port.get("host_ip");
      if (hostIp instanceof UnknownValue u) {
        out.add(undecided(node, port.range(), "cannot tell on which host address the port is published: " + u.reason()));
        continue;
      }
      if (hostIp == null && port.get("published") instanceof UnknownValue u) {
        out.add(undecided(node, port.range(), "cannot tell on which host address the port is published: "
            + u.reason() + ", which may also name the address"));
        continue;
      }
      String address = hostIp == null ? "0.0.0.0" : Values.scalarText(hostIp);
      if (address == null || BindAddresses.reach(address) != Reach.EVERYWHERE) {
        continue;
      }
      String where = BindAddresses.isWildcard(address) ? "every host interface" : "a public address of the host";
      String message = node.describe() + " " + describe(node, layers) + (layers.size() == 1 ? " is" : " are")
          + " published on " + where
          + consequence(security, layers);
      out.add(new Verdict(node.source(), Failure.at(port.range(), message, "ports[" + i + "]")
          .withSeverity(severity(security, layers)), null, null));
    }
    return out;
  }

  /**
   * Whether the HTTP port of a compose service can be reached only from the host it runs on: the
   * service is on a bridge network (no {@code network_mode: host}, no swarm {@code deploy}), and
   * every {@code ports} entry that publishes the HTTP port names a loopback host address.
   */
  static boolean httpOnlyOnHost(SearchNode node) {
    if (node.deployment() != SearchNode.Deployment.COMPOSE) {
      return false;
    }
    MapValue service = node.source().config();
    String networkMode = Values.scalarText(service.get("network_mode"));
    if (service.get("deploy") != null || networkMode != null && !networkMode.startsWith("bridge")) {
      return false;
    }
    for (Value entry : Values.elements(service.get("ports"))) {
      if (!(entry instanceof MapValue port)) {
        return false;
      }
      Value target = port.get("target");
      if (target instanceof UnknownValue) {
        return false;
      }
      if (!covers(target, containerPort(node, Interface.HTTP))) {
        continue;
      }
      String address = port.get("host_ip") instanceof UnknownValue ? null : Values.scalarText(port.get("host_ip"));
      if (address == null || BindAddresses.reach(address) != Reach.LOOPBACK) {
        return false;
      }
    }
    return true;
  }

  /** The container port of a layer: {@code http.port} / {@code transport.port} when set to a number, else the default. */
  private static int containerPort(SearchNode node, Interface layer) {
    Setting s = node.setting(layer.portSetting);
    if (s != null) {
      String text = dev.iaclint.core.rule.Values.asString(s.value());
      if (text != null) {
        String first = text.trim().split("-")[0].trim();
        if (first.matches("\\d{1,5}")) {
          return Integer.parseInt(first);
        }
      }
    }
    return layer.defaultPort;
  }

  /** Whether a compose {@code target} (a number, or a range {@code "9200-9300"}) includes {@code port}. */
  private static boolean covers(Value target, int port) {
    if (target instanceof NumberValue n) {
      return n.value().compareTo(BigDecimal.valueOf(port)) == 0;
    }
    String text = Values.scalarText(target);
    if (text == null) {
      return false;
    }
    String[] range = text.trim().split("-");
    try {
      int from = Integer.parseInt(range[0].trim());
      int to = range.length > 1 ? Integer.parseInt(range[1].trim()) : from;
      return from <= port && port <= to;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String describe(SearchNode node, List<Interface> layers) {
    List<String> parts = new ArrayList<>();
    for (Interface layer : layers) {
      parts.add(layer.label + " port " + containerPort(node, layer));
    }
    return String.join(" and ", parts);
  }

  private static String consequence(Security security, List<Interface> layers) {
    return switch (security.state()) {
      case DISABLED -> ", and security is off: anyone who reaches it can read, change and delete every index";
      case UNKNOWN -> "; whether security is on is not known";
      default -> layers.contains(Interface.HTTP) ? "; only its credentials stand between the network and the data"
          : "; with security on, transport clients must still authenticate";
    };
  }

  private static Severity severity(Security security, List<Interface> layers) {
    if (security.isDisabled()) {
      return Severity.CRITICAL;
    }
    if (!layers.contains(Interface.HTTP) && security.isEnabled()) {
      return Severity.MEDIUM;
    }
    return Severity.HIGH;
  }
}
