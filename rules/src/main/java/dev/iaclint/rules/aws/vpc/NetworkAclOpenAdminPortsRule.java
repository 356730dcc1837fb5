package dev.iaclint.rules.aws.vpc;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.net.NetworkAclEntry;
import dev.iaclint.core.net.PortRange;
import dev.iaclint.core.net.Protocol;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
    id = "IAC-AWS-VPC-005",
    title = "Network ACL allows SSH, RDP or Elasticsearch/Kibana ports from anywhere",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_ACL,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_network_acl", "aws_default_network_acl", "aws_network_acl_rule", "AWS::EC2::NetworkAcl",
        "AWS::EC2::NetworkAclEntry"},
    checkov = {"CKV_AWS_229", "CKV_AWS_230", "CKV_AWS_231", "CKV_AWS_232"},
    trivy = {"AVD-AWS-0105"},
    tfsec = {"aws-ec2-no-public-ingress-acl"},
    kics = {"3af7f2fd-06e6-4dab-b996-2912bea19ba4", "a20be318-cac7-457b-911d-04cc6e812c25"},
    description = "A network ACL entry that allows inbound traffic from 0.0.0.0/0 or ::/0 to port 22 (SSH), "
        + "3389 (RDP), 9200/9300 (Elasticsearch/OpenSearch) or 5601 (Kibana) leaves the subnet's first line of "
        + "defence open to the internet for those services. Entries are evaluated as AWS does, lowest rule "
        + "number first, and the first entry that matches decides: an allow shadowed by a lower-numbered deny "
        + "of the same traffic from anywhere is not reported. Inline ingress blocks of aws_network_acl and "
        + "aws_default_network_acl, aws_network_acl_rule (egress defaults to false) and "
        + "AWS::EC2::NetworkAclEntry are judged. Because network ACLs are stateless, AWS documents an inbound "
        + "allow of the ephemeral ports (1024-65535, 32768-65535, 49152-65535) from anywhere for return "
        + "traffic; such a range (starting at 1024 or above and ending at 65535) is not reported, and an allow "
        + "of all protocols is reported by IAC-AWS-VPC-006 instead. Catalog: NET-005.",
    remediation = "Add a lower-numbered deny for these ports from 0.0.0.0/0 (and ::/0), or limit the allow "
        + "entry's cidr_block / CidrBlock to the networks that need the service; keep the security groups "
        + "restrictive as well.",
    links = {
        "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
        "https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkaclentry.html"})
public final class NetworkAclOpenAdminPortsRule extends AnnotatedResourceRule {
  /** The ports, with the protocols their service uses. */
  private static final List<Service> SERVICES = List.of(
      new Service(22, "SSH (22)", List.of(Protocol.TCP)),
      new Service(3389, "RDP (3389)", List.of(Protocol.TCP, Protocol.UDP)),
      new Service(9200, "Elasticsearch REST (9200)", List.of(Protocol.TCP)),
      new Service(9300, "Elasticsearch transport (9300)", List.of(Protocol.TCP)),
      new Service(5601, "Kibana (5601)", List.of(Protocol.TCP)));

  private record Service(int port, String name, List<Protocol> protocols) {}

  @Override
  public CheckResult check(Node node, RuleContext context) {
    List<NetworkAclEntry> entries = new ArrayList<>(AclEntries.of(node, context.graph()));
    if (entries.isEmpty()) {
      return CheckResult.pass();
    }
    // An entry whose number is unknown may come first.
    entries.sort(Comparator.comparing((NetworkAclEntry e) -> e.ruleNumber() == null ? Integer.MIN_VALUE
        : e.ruleNumber()));
    Map<NetworkAclEntry, List<String>> open = new LinkedHashMap<>();
    NetworkAclEntry undecided = null;
    for (boolean ipv6 : new boolean[] {false, true}) {
      for (Service s : SERVICES) {
        for (Protocol p : s.protocols()) {
          Walk w = walk(entries, ipv6, s.port(), p);
          if (w.open() != null && AclEntries.reportedBy(node, w.open())) {
            List<String> names = open.computeIfAbsent(w.open(), k -> new ArrayList<>());
            if (!names.contains(s.name())) {
              names.add(s.name());
            }
          } else if (w.undecided() != null && undecided == null && AclEntries.reportedBy(node, w.undecided())) {
            undecided = w.undecided();
          }
        }
      }
    }
    List<Failure> failures = new ArrayList<>();
    open.forEach((e, names) -> failures.add(Failure.at(e.location(), "Network ACL allows " + String.join(", ", names)
        + " from " + (e.cidr().ipv6() ? "::/0" : "0.0.0.0/0") + " (rule " + e.ruleNumber() + ", " + e.ports() + ")",
        "ingress").withResource(e.declaredIn().address(), e.declaredIn().type())));
    if (!failures.isEmpty()) {
      return CheckResult.fail(failures);
    }
    return undecided != null ? CheckResult.indeterminate(undecided.unknownReason() != null
        ? undecided.unknownReason() : "an entry that may decide this traffic cannot be read", undecided.location())
        : CheckResult.pass();
  }

  /** The allow that opens the port, or an entry that cannot be read and might. */
  private record Walk(NetworkAclEntry open, NetworkAclEntry undecided) {}

  /**
   * Walks the inbound entries of one address family in rule-number order for traffic from anywhere
   * to {@code port}: a deny ends it (the port is closed), an allow of all protocols ends it (that is
   * IAC-AWS-VPC-006's), an ephemeral-range allow is passed over, any other allow opens the port.
   */
  private static Walk walk(List<NetworkAclEntry> sorted, boolean ipv6, int port, Protocol traffic) {
    NetworkAclEntry undecided = null;
    for (NetworkAclEntry e : sorted) {
      if (e.egress()) {
        continue;
      }
      if (!e.isKnown()) {
        boolean couldMatch = (e.cidr() == null || (e.cidr().ipv6() == ipv6 && e.cidr().isAnywhere()))
            && (e.ports() == null || e.ports().covers(port, traffic));
        if (undecided == null && couldMatch) {
          undecided = e;
        }
        continue;
      }
      if (e.cidr().ipv6() != ipv6 || !e.cidr().isAnywhere() || !e.ports().covers(port, traffic)) {
        continue;
      }
      if (!e.allow() || e.ports().protocol().isAll()) {
        return new Walk(null, null);
      }
      if (isEphemeralRange(e.ports())) {
        continue;
      }
      return undecided != null ? new Walk(null, undecided) : new Walk(e, null);
    }
    return new Walk(null, undecided);
  }

  /** The return-traffic ranges AWS documents for stateless ACLs: from 1024 or above up to 65535. */
  static boolean isEphemeralRange(PortRange ports) {
    return ports.protocol().hasPorts() && ports.from() >= 1024 && ports.to() == 65535;
  }
}
