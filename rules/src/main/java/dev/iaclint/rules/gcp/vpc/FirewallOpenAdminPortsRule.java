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
    id = "IAC-GCP-VPC-002",
    title = "Firewall rule allows SSH or RDP from anywhere",
    severity = Severity.HIGH,
    category = Category.NETWORK_ACL,
    formats = SourceFormat.TERRAFORM,
    types = "google_compute_firewall",
    checkov = {"CKV_GCP_2", "CKV_GCP_3"},
    tfsec = "google-compute-no-public-ingress",
    description = """
        An enabled ingress google_compute_firewall rule from 0.0.0.0/0 or ::/0 (or with no source at
        all, which Google Cloud reads as 0.0.0.0/0) whose allow blocks include port 22 (SSH, TCP) or
        3389 (RDP, TCP or UDP) exposes remote administration of the targeted instances to the whole
        internet, where it is scanned and brute-forced within minutes. A block without ports opens
        every port of its protocol. A rule that opens every port is reported by IAC-GCP-VPC-003
        instead. Deny rules of the same network that take precedence (a lower
        priority number, or the same priority: a deny wins a tie) and certainly apply to the same
        traffic (every instance the rule targets, a source holding the same /0 block) take away
        what they block. Catalog: NET-002.""",
    remediation = """
        Allow SSH and RDP only from Identity-Aware Proxy's range 35.235.240.0/20 (IAP TCP forwarding)
        or from your administration networks, and use OS Login.""",
    links = {"https://cloud.google.com/iap/docs/using-tcp-forwarding#create-firewall-rule",
        "https://cloud.google.com/firewall/docs/firewalls",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall"})
public final class FirewallOpenAdminPortsRule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node node, RuleContext context) {
    return Firewalls.check(node, context.graph(), "Firewall rule allows SSH or RDP from anywhere",
        FirewallOpenAdminPortsRule::adminPorts);
  }

  static String adminPorts(PortRange ports) {
    List<String> open = ServicePorts.admin(ports);
    return open.isEmpty() ? null : String.join(" and ", open) + " through " + ports;
  }
}
