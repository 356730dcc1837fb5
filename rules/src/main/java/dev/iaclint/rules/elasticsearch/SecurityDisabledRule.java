package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@RuleInfo(
    id = "IAC-ES-002",
    title = "Elasticsearch/OpenSearch node runs without authentication",
    severity = Severity.HIGH,
    category = Category.AUTHENTICATION,
    formats = {SourceFormat.ELASTICSEARCH_CONFIG, SourceFormat.DOCKER_COMPOSE, SourceFormat.KUBERNETES},
    description = """
        With security off, a node asks nobody who they are: whoever reaches port 9200 can read,
        change and delete every index, and the node has no TLS and no audit log either. Reported
        when xpack.security.enabled is false; when it is not set on Elasticsearch before 8.0 (off
        by default on the basic and trial licences self-managed nodes start with; the version comes
        from the image tag or ECK's spec.version, and is not known for a settings file alone, so
        such a file is left undecided); for the OSS distribution and for Bitnami's image without
        ELASTICSEARCH_ENABLE_SECURITY; and for OpenSearch when plugins.security.disabled is true
        (DISABLE_SECURITY_PLUGIN=true in the image's environment). ECK sets
        xpack.security.enabled itself, but a value in a node set's config overrides it (the
        operator only warns that the setting is reserved), so an explicit false is reported there
        too. Anonymous access is reported as well: xpack.security.authc.anonymous.roles gives every
        request without credentials those roles; CRITICAL when they include superuser, MEDIUM for
        monitoring_user alone (cluster health and statistics, which load balancer health checks
        use, as ECK's GCLB recipe does), HIGH for other roles. The node's
        exposure (IAC-ES-001, IAC-K8S-ES-001) raises these to CRITICAL there. Settings are read from
        elasticsearch.yml/opensearch.yml, ECK node sets, and container environments (compose and
        Kubernetes workloads). Catalog: AUTH-004.""",
    remediation = """
        Remove xpack.security.enabled: false (set it to true before 8.0) and give users and
        services their own credentials or API keys; on OpenSearch remove
        plugins.security.disabled / DISABLE_SECURITY_PLUGIN and configure the security plugin.
        Remove xpack.security.authc.anonymous.roles, or give anonymous users a role that can only
        do what everyone may.""",
    links = {
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html",
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/anonymous-access.html",
        "https://www.elastic.co/guide/en/elasticsearch/reference/7.17/security-minimal-setup.html",
        "https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-reserved-settings.html",
        "https://opensearch.org/docs/latest/security/configuration/disable-enable-security/"})
public final class SecurityDisabledRule extends SearchNodeRule {
  static final String ANONYMOUS_ROLES = "xpack.security.authc.anonymous.roles";
  /** Built-in roles that see cluster health and statistics but no documents. */
  private static final Set<String> MONITORING_ROLES = Set.of("monitoring_user", "remote_monitoring_collector");

  /**
   * The name the setting is written under: the environment variable that sets it
   * ({@code DISABLE_SECURITY_PLUGIN}, {@code ES_SETTING_XPACK_SECURITY_ENABLED}), else its key.
   */
  static String writtenAs(SearchNode node, Setting setting) {
    if (node.environment() != null) {
      for (String name : node.environment().keys()) {
        if (!name.equals(setting.key()) && setting.location().equals(node.environment().memberRange(name))) {
          return name;
        }
      }
    }
    return setting.key();
  }

  @Override
  protected List<Verdict> judge(SearchNode node, RuleContext context) {
    List<Verdict> out = new ArrayList<>();
    Security security = Security.of(node);
    switch (security.state()) {
      case DISABLED -> {
        String why = security.setting() != null
            ? writtenAs(node, security.setting()) + " is " + (node.flavour() == Flavour.OPENSEARCH ? "true" : "false")
            : security.byDefault();
        out.add(failOn(node, security, keyOf(node), node.describe() + " runs without authentication: " + why
            + "; anyone who reaches it can read, change and delete every index", Severity.HIGH));
        return out;
      }
      case UNKNOWN -> {
        String reason = "cannot tell whether security is on: " + security.byDefault();
        out.add(security.setting() != null ? undecided(security.setting(), reason)
            : undecided(node, security.at(), reason));
      }
      default -> { }
    }
    if (node.flavour() == Flavour.ELASTICSEARCH) {
      Setting anonymous = node.setting(ANONYMOUS_ROLES);
      if (anonymous != null) {
        List<String> roles = anonymous.asList();
        if (roles == null) {
          out.add(undecided(anonymous, "cannot tell which roles anonymous requests get: "
              + (anonymous.isUnknown() ? anonymous.unknown().reason() : "a role is not known")));
        } else if (!roles.isEmpty()) {
          out.add(anonymousAccess(node, anonymous, roles));
        }
      }
    }
    return out;
  }

  /**
   * Anonymous access: CRITICAL with superuser; MEDIUM when the only roles are the built-in
   * monitoring ones (cluster health and statistics, no documents: what load balancer health checks
   * need, as ECK's GCLB recipe does); HIGH for any other role, whose privileges iaclint cannot see.
   */
  private static Verdict anonymousAccess(SearchNode node, Setting setting, List<String> roles) {
    List<String> lower = roles.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
    if (lower.contains("superuser")) {
      return fail(setting, node.describe() + " gives requests without credentials the superuser role: anyone who"
          + " reaches it is an administrator", Severity.CRITICAL);
    }
    if (MONITORING_ROLES.containsAll(lower)) {
      return fail(setting, node.describe() + " gives requests without credentials a monitoring role: anyone who"
          + " reaches it can read the cluster's health, nodes, index names and statistics", Severity.MEDIUM);
    }
    return fail(setting, node.describe() + " gives requests without credentials " + roles.size()
        + (roles.size() == 1 ? " role" : " roles") + ": anyone who reaches it gets their privileges", Severity.HIGH);
  }

  private static String keyOf(SearchNode node) {
    return node.flavour() == Flavour.OPENSEARCH ? "plugins.security.disabled" : Security.ES_ENABLED;
  }
}
