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

@RuleInfo(
    id = "IAC-GCP-VPC-003",
    title = "Firewall rule allows every port from anywhere",
    severity = Severity.HIGH,
    category = Category.NETWORK_ACL,
    formats = SourceFormat.TERRAFORM,
    types = "google_compute_firewall",
    tfsec = "google-compute-no-public-ingress",
    description = """
        An enabled ingress google_compute_firewall rule from 0.0.0.0/0 or ::/0 (or with no source at
        all, which Google Cloud reads as 0.0.0.0/0) with protocol "all", or TCP/UDP without ports or
        with 0-65535, exposes every service on the targeted instances (databases, search clusters,
        admin consoles) to the whole internet. Deny rules of the same network that take precedence (a lower
        priority number, or the same priority: a deny wins a tie) and certainly apply to the same
        traffic (every instance the rule targets, a source holding the same /0 block) take away
        what they block. Catalog: NET-003.""",
    remediation = """
        Allow only the ports the targeted instances serve publicly (443 for a web front end), from the
        networks that need them; reach everything else through Identity-Aware Proxy, a VPN or private
        connectivity.""",
    links = {"https://cloud.google.com/firewall/docs/firewalls",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall"})
public final class FirewallOpenAllPortsRule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node node, RuleContext context) {
    return Firewalls.check(node, context.graph(), "Firewall rule allows every port from anywhere",
        FirewallOpenAllPortsRule::allPorts);
  }

  static String allPorts(PortRange ports) {
    return ports.isAllPorts() ? "every port (" + ports + ")" : null;
  }
}
