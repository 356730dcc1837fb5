package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.kubernetes.KubernetesObjects;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.rules.kubernetes.ServiceMesh;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "IAC-ES-003",
    title = "Elasticsearch/OpenSearch traffic is not encrypted",
    severity = Severity.HIGH,
    category = Category.ENCRYPTION_IN_TRANSIT,
    formats = {SourceFormat.ELASTICSEARCH_CONFIG, SourceFormat.DOCKER_COMPOSE, SourceFormat.KUBERNETES},
    description = """
        Without TLS on the HTTP layer, every request crosses the network readable, with the
        passwords, API keys and bearer tokens that authenticate it and the documents it carries.
        Elasticsearch: xpack.security.http.ssl.enabled defaults to false. From 8.0 a node that
        starts for the first time configures TLS itself, but this auto-configuration is skipped
        when xpack.security.enabled is set, when TLS settings are present, and for nodes set up to
        join a multi-node cluster (discovery.seed_hosts, cluster.initial_master_nodes other than
        the node itself, discovery.type other than single-node) or whose node.roles cannot be
        master and data; then a missing setting means plain HTTP and is reported. Without a known
        version and with such settings the check is undecided. xpack.security.transport.ssl.enabled:
        false is reported (MEDIUM) on nodes that are not single-node: production-mode nodes refuse
        to start that way, so it breaks a cluster or runs unencrypted in development mode.
        OpenSearch: plugins.security.ssl.http.enabled defaults to false, so it is reported when
        false, or missing in settings that configure the security plugin's TLS; the demo
        certificates (allow_unsafe_democertificates: true) are reported because their private keys
        are public, and so is the official opensearchproject/opensearch image in compose or a
        Kubernetes workload unless DISABLE_INSTALL_DEMO_CONFIG is true: it installs that demo
        configuration on start (before 2.12 with the published default admin password) unless a mounted
        opensearch.yml already configures the security plugin. ECK: spec.http.tls.selfSignedCertificate.disabled: true without
        spec.http.tls.certificate.secretName serves HTTP in plain text (Elasticsearch and
        Kibana), unless the pods are in an Istio or Linkerd mesh, which ECK documents for this;
        ECK always encrypts transport, and TLS settings in a node set's config override it. Nodes
        with security off are IAC-ES-002's subject: they cannot use TLS at all. Plain HTTP of a
        compose service whose HTTP port is published only on the host's loopback address (Elastic's
        start-local) stays on the host: LOW. Catalog: EIT-010.""",
    remediation = """
        Set xpack.security.http.ssl.enabled: true with a keystore or certificate and key
        (xpack.security.http.ssl.keystore.path, or .certificate/.key); keep
        xpack.security.transport.ssl.enabled: true. On OpenSearch set
        plugins.security.ssl.http.enabled: true with your own certificates. On ECK, remove
        selfSignedCertificate.disabled or give spec.http.tls.certificate.secretName.""",
    links = {
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html#http-tls-ssl-settings",
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/configuring-stack-security.html",
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/bootstrap-checks-xpack.html",
        "https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-tls-certificates.html",
        "https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-service-mesh-istio.html",
        "https://opensearch.org/docs/latest/security/configuration/tls/"})
public final class NoTlsRule extends SearchNodeRule {
  static final String HTTP_SSL = "xpack.security.http.ssl.enabled";
  static final String TRANSPORT_SSL = "xpack.security.transport.ssl.enabled";

  @Override
  public boolean appliesTo(Node node) {
    return super.appliesTo(node) || isEckKibana(node);
  }

  @Override
  public CheckResult check(Node node, RuleContext context) {
    if (isEckKibana(node)) {
      List<Failure> failures = new ArrayList<>();
      Verdict v = eckHttp(node, context, "Kibana");
      if (v != null && v.failure() != null) {
        failures.add(v.failure());
      } else if (v != null) {
        return CheckResult.indeterminate(v.undecided(), v.undecidedAt());
      }
      return CheckResult.fail(failures);
    }
    return super.check(node, context);
  }

  @Override
  protected List<Verdict> judge(SearchNode node, RuleContext context) {
    List<Verdict> out = new ArrayList<>();
    if (node.deployment() == SearchNode.Deployment.ECK) {
      Verdict http = eckHttp(node.source(), context, "Elasticsearch");
      if (http != null) {
        out.add(http);
      }
      for (String key : List.of(HTTP_SSL, TRANSPORT_SSL)) {
        Setting s = node.setting(key);
        if (s != null && Boolean.FALSE.equals(s.asBoolean())) {
          out.add(fail(s, node.describe() + " turns off the " + (key.equals(HTTP_SSL) ? "HTTP" : "transport")
              + " TLS that ECK configures: traffic crosses the network readable", Severity.HIGH));
        }
      }
      return out;
    }
    Security security = Security.of(node);
    if (security.isDisabled() || (node.image() != null && node.image().isBitnami())) {
      return out; // no TLS without security (IAC-ES-002); Bitnami's image sets TLS from its own variables
    }
    if (node.flavour() == Flavour.OPENSEARCH) {
      openSearch(node, out);
      return hostOnly(node, out);
    } else {
      elasticsearchHttp(node, security, out);
      Setting transport = node.setting(TRANSPORT_SSL);
      if (transport != null && Boolean.FALSE.equals(transport.asBoolean()) && !singleNode(node)) {
        out.add(fail(transport, node.describe() + " sends node-to-node traffic in plain text (production-mode"
            + " nodes with security on refuse to start this way)", Severity.MEDIUM));
      }
    }
    return hostOnly(node, out);
  }

  /**
   * Plain HTTP of a compose service published only on the host's loopback address (Elastic's
   * start-local setup) never crosses a network: LOW. A mounted settings file's finding stays as it
   * is, since other services may mount the file.
   */
  private static List<Verdict> hostOnly(SearchNode node, List<Verdict> verdicts) {
    if (!NetworkBindRule.httpOnlyOnHost(node)) {
      return verdicts;
    }
    List<Verdict> out = new ArrayList<>();
    for (Verdict v : verdicts) {
      Failure f = v.failure();
      if (f != null && v.owner() == node.source() && f.message().startsWith(plainHttp(node))) {
        f = new Failure(f.location(), f.message() + " (its HTTP port is published only on the host's loopback"
            + " address, so the plain text stays on this host)", f.attributePath(), Severity.LOW, f.resource(),
            f.resourceType(), f.related(), f.secretFingerprint(), f.redactions());
        v = new Verdict(v.owner(), f, v.undecided(), v.undecidedAt());
      }
      out.add(v);
    }
    return out;
  }

  private static void elasticsearchHttp(SearchNode node, Security security, List<Verdict> out) {
    Setting http = node.setting(HTTP_SSL);
    if (http != null) {
      if (http.isUnknown()) {
        out.add(undecided(http, "cannot tell whether HTTP uses TLS: " + http.unknown().reason()));
      } else if (Boolean.FALSE.equals(http.asBoolean())) {
        out.add(fail(http, plainHttp(node) + HTTP_SSL + " is false", Severity.HIGH));
      }
      return;
    }
    String notSet = HTTP_SSL + " is not set (it defaults to false)";
    if (security.explicitlyEnabled()) {
      boolean before8 = node.version() != null && node.version().isBefore(8);
      out.add(missing(security.setting(), HTTP_SSL, plainHttp(node) + notSet + (before8 ? ""
          : ", and setting " + Security.ES_ENABLED + " skips the automatic TLS setup of Elasticsearch 8")));
      return;
    }
    Setting tls = firstTlsSetting(node);
    if (tls != null) {
      out.add(missing(tls, HTTP_SSL, plainHttp(node) + notSet + ", and TLS settings skip the automatic TLS setup"));
      return;
    }
    Setting blocker = autoConfigurationBlocker(node);
    if (blocker == null) {
      return; // 8.x configures TLS when the node first starts; before 8.0 security is off (IAC-ES-002)
    }
    if (security.isEnabled()) {
      out.add(missing(blocker, HTTP_SSL, plainHttp(node) + notSet + ", and " + blocker.key() + " makes Elasticsearch 8 skip"
          + " its automatic TLS setup"));
    } else if (security.state() == Security.State.UNKNOWN) {
      out.add(undecided(blocker, "cannot tell whether HTTP uses TLS: " + HTTP_SSL + " is not set, "
          + blocker.key() + " skips the automatic TLS setup, and " + security.byDefault()));
    }
  }

  private static void openSearch(SearchNode node, List<Verdict> out) {
    Setting http = node.first("plugins.security.ssl.http.enabled", "opendistro_security.ssl.http.enabled");
    if (http != null) {
      if (http.isUnknown()) {
        out.add(undecided(http, "cannot tell whether HTTP uses TLS: " + http.unknown().reason()));
      } else if (Boolean.FALSE.equals(http.asBoolean())) {
        out.add(fail(http, plainHttp(node) + http.key() + " is false", Severity.HIGH));
      }
    } else if (node.hasAny("plugins.security.ssl.") || node.hasAny("opendistro_security.ssl.")) {
      Setting tls = firstWithPrefix(node, "plugins.security.ssl.", "opendistro_security.ssl.");
      out.add(missing(tls, tls.key().startsWith("opendistro_security.") ? "opendistro_security.ssl.http.enabled"
          : "plugins.security.ssl.http.enabled", plainHttp(node) + "the security plugin's TLS is configured, but"
          + " plugins.security.ssl.http.enabled is not set (it defaults to false)"));
    }
    Setting transport = node.first("plugins.security.ssl.transport.enabled", "opendistro_security.ssl.transport.enabled");
    if (transport != null && Boolean.FALSE.equals(transport.asBoolean()) && !singleNode(node)) {
      out.add(fail(transport, node.describe() + " sends node-to-node traffic in plain text", Severity.MEDIUM));
    }
    Setting demo = node.first("plugins.security.allow_unsafe_democertificates",
        "opendistro_security.allow_unsafe_democertificates");
    if (demo != null && Boolean.TRUE.equals(demo.asBoolean())) {
      out.add(fail(demo, node.describe() + " accepts the demo certificates, whose private keys are published:"
          + " anyone can read or impersonate its TLS traffic", Severity.MEDIUM));
    } else if (demo == null && installsDemoConfiguration(node)) {
      Version v = node.image().version();
      boolean adminAdmin = v != null && (v.major() < 2 || v.major() == 2 && v.minor() < 12);
      out.add(failAt(node, node.image().range(), DEMO_SWITCH, node.describe() + " starts with the image's demo"
          + " security configuration (" + DEMO_SWITCH + " is not true): its demo certificates' private keys are"
          + " published, so anyone can read or impersonate its TLS traffic"
          + (adminAdmin ? ", and before 2.12 its demo admin user keeps the published default password" : ""),
          Severity.MEDIUM));
    }
  }

  /** Whether the service mounts an opensearch.yml that is not among the files scanned: it may configure the plugin. */
  private static boolean mountsUnreadSettingsFile(SearchNode node) {
    boolean read = node.layers().stream().anyMatch(Layer::isSettingsFile);
    for (Value volume : Values.elements(node.source().config().get("volumes"))) {
      String text = volume instanceof MapValue m ? Values.asString(m.get("target")) : Values.asString(volume);
      if (text != null && text.contains("opensearch.yml") && !read) {
        return true;
      }
    }
    return false;
  }

  /** The variable of the OpenSearch image that skips its demo security configuration. */
  static final String DEMO_SWITCH = "DISABLE_INSTALL_DEMO_CONFIG";

  /**
   * Whether the OpenSearch image runs its install_demo_configuration.sh on start: the official
   * image does unless DISABLE_INSTALL_DEMO_CONFIG is true, and the script leaves an opensearch.yml
   * that already configures the security plugin alone. Settings of the plugin's TLS given in the
   * environment are taken as a sign the node is set up on purpose (they are judged on their own).
   */
  private static boolean installsDemoConfiguration(SearchNode node) {
    ContainerImage image = node.image();
    if (node.deployment() != SearchNode.Deployment.COMPOSE || image == null || image.flavour() != Flavour.OPENSEARCH
        || !image.vendor().endsWith("opensearchproject") || node.environment() == null
        || node.hasAny("plugins.security.ssl.") || mountsUnreadSettingsFile(node)) {
      return false;
    }
    if (node.environment().has(DEMO_SWITCH)) {
      Value off = node.environment().get(DEMO_SWITCH);
      if (off instanceof UnknownValue || "true".equalsIgnoreCase(Values.asString(off))) {
        return false;
      }
    }
    for (Layer layer : node.layers()) {
      if (layer.isSettingsFile() && layer.settings().keys().stream().anyMatch(k -> k.startsWith("plugins.security."))) {
        return false;
      }
    }
    return true;
  }

  private static String plainHttp(SearchNode node) {
    return node.describe() + " serves HTTP in plain text, passwords and API keys included: ";
  }

  /** A failure about the missing HTTP setting, placed on the setting that makes it matter. */
  private static Verdict missing(Setting at, String missingKey, String message) {
    Layer layer = at.layer();
    Failure f = Failure.at(at.location(), message, layer.pathPrefix() + missingKey).withSeverity(Severity.HIGH);
    return new Verdict(layer.owner(), layer.isSettingsFile() ? f.withResource(missingKey, layer.owner().type()) : f, null, null);
  }

  private static Setting firstTlsSetting(SearchNode node) {
    return firstWithPrefix(node, "xpack.security.http.ssl.", "xpack.security.transport.ssl.");
  }

  private static Setting firstWithPrefix(SearchNode node, String... prefixes) {
    for (Layer layer : node.layers()) {
      for (String key : layer.settings().keys()) {
        for (String prefix : prefixes) {
          if (key.startsWith(prefix)) {
            return node.setting(key);
          }
        }
      }
    }
    return null;
  }

  /**
   * The setting that makes Elasticsearch 8 skip its TLS auto-configuration, per "Security
   * auto-configuration" in the reference: cluster formation other than single-node, node roles
   * that are not master and data, or auto-configuration turned off.
   */
  static Setting autoConfigurationBlocker(SearchNode node) {
    Setting off = node.setting("xpack.security.autoconfiguration.enabled");
    if (off != null && Boolean.FALSE.equals(off.asBoolean())) {
      return off;
    }
    Setting type = node.setting("discovery.type");
    if (type != null && !"single-node".equals(Values.asString(type.value()))) {
      return type;
    }
    for (String key : List.of("discovery.seed_hosts", "discovery.seed_providers")) {
      Setting s = node.setting(key);
      if (s != null && (s.asList() == null || !s.asList().isEmpty())) {
        return s;
      }
    }
    Setting initial = node.setting("cluster.initial_master_nodes");
    if (initial != null) {
      List<String> masters = initial.asList();
      Setting name = node.setting("node.name");
      String self = name == null ? null : Values.asString(name.value());
      if (masters == null || masters.size() > 1 || (masters.size() == 1 && !masters.get(0).equals(self))) {
        return initial;
      }
    }
    Setting roles = node.setting("node.roles");
    if (roles != null && roles.asList() != null) {
      List<String> r = roles.asList();
      boolean master = r.contains("master");
      boolean data = r.stream().anyMatch(x -> x.equals("data") || x.startsWith("data_"));
      if (!master || !data) {
        return roles;
      }
    }
    return null;
  }

  static boolean singleNode(SearchNode node) {
    Setting type = node.setting("discovery.type");
    return type != null && "single-node".equals(Values.asString(type.value()));
  }

  // ---- ECK

  static boolean isEckKibana(Node node) {
    String api = node.property(KubernetesObjects.API_VERSION);
    return node.format() == SourceFormat.KUBERNETES && node.type().equals("Kibana") && api != null
        && api.startsWith("kibana.k8s.elastic.co/");
  }

  /** ECK's HTTP TLS: self-signed by default; off only with selfSignedCertificate.disabled and no certificate. */
  private static Verdict eckHttp(Node eck, RuleContext context, String product) {
    MapValue tls = dev.iaclint.core.yaml.Values.mapAt(eck.config(), "spec", "http", "tls");
    if (tls == null) {
      return null;
    }
    MapValue selfSigned = dev.iaclint.core.yaml.Values.map(tls.get("selfSignedCertificate"));
    Value disabled = selfSigned == null ? null : selfSigned.get("disabled");
    if (disabled == null) {
      return null;
    }
    if (disabled instanceof UnknownValue u) {
      return new Verdict(eck, null, "cannot tell whether " + product + " serves HTTPS: " + u.reason(), disabled.range());
    }
    if (!Boolean.TRUE.equals(Values.asBoolean(disabled))) {
      return null;
    }
    Value secret = dev.iaclint.core.yaml.Values.at(tls, "certificate", "secretName");
    if ((secret != null && !Values.isEmpty(secret)) || ServiceMesh.encryptsTrafficOf(eck, context.graph())) {
      return null;
    }
    Failure f = Failure.at(selfSigned.memberRange("disabled"), product + " serves HTTP in plain text, passwords and"
        + " API keys included: spec.http.tls.selfSignedCertificate.disabled is true and no"
        + " spec.http.tls.certificate.secretName is given", "spec.http.tls.selfSignedCertificate.disabled")
        .withSeverity(Severity.HIGH);
    return new Verdict(eck, f, null, null);
  }
}
