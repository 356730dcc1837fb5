package dev.iaclint.rules.gcp.vpc;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.net.PortRange;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.rules.net.ServicePorts;
import java.util.List;

@RuleInfo(
    id = "IAC-GCP-VPC-001",
    title = "Firewall rule allows Elasticsearch/OpenSearch or Kibana ports from anywhere",
    severity = Severity.HIGH,
    category = Category.NETWORK_ACL,
    formats = SourceFormat.TERRAFORM,
    types = "google_compute_firewall",
    tfsec = "google-compute-no-public-ingress",
    description = """
        An enabled ingress google_compute_firewall rule from 0.0.0.0/0 or ::/0 (or with no source at
        all, which Google Cloud reads as 0.0.0.0/0) whose allow blocks include TCP 9200
        (Elasticsearch/OpenSearch HTTP), 9300 (transport) or 5601 (Kibana/OpenSearch Dashboards)
        puts a search cluster on the internet, where exposed clusters are found and emptied within
        hours. A block without ports opens every port of its protocol; protocol "all" opens
        everything. A rule that opens every port is reported by IAC-GCP-VPC-003 instead. Deny rules of the same network that take precedence (a lower
        priority number, or the same priority: a deny wins a tie) and certainly apply to the same
        traffic (every instance the rule targets, a source holding the same /0 block) take away
        what they block. Catalog: NET-001.""",
    remediation = """
        Limit source_ranges to the networks that need the cluster (the application subnets, a VPN
        range), use source_tags or source_service_accounts for clients inside the VPC, and put
        Kibana behind Identity-Aware Proxy or a load balancer with authentication.""",
    links = {"https://cloud.google.com/firewall/docs/firewalls",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall",
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-basic-setup.html"})
public final class FirewallOpenSearchPortsRule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node node, RuleContext context) {
    return Firewalls.check(node, context.graph(), "Firewall rule allows Elasticsearch/OpenSearch or Kibana ports from anywhere",
        FirewallOpenSearchPortsRule::searchPorts);
  }

  static String searchPorts(PortRange ports) {
    List<String> open = ServicePorts.search(ports);
    return open.isEmpty() ? null : String.join(", ", open) + " through " + ports;
  }
}
