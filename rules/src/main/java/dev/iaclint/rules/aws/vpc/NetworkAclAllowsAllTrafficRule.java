package dev.iaclint.rules.aws.vpc;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.net.NetworkAclEntry;
import dev.iaclint.core.net.NetworkAcls;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Tri;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "IAC-AWS-VPC-006",
    title = "Network ACL allows all protocols from anywhere",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_ACL,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_network_acl", "aws_default_network_acl", "aws_network_acl_rule", "AWS::EC2::NetworkAcl",
        "AWS::EC2::NetworkAclEntry"},
    checkov = {"CKV_AWS_352"},
    trivy = {"AVD-AWS-0102"},
    tfsec = {"aws-ec2-no-excessive-port-access"},
    description = "An inbound network ACL entry that allows protocol -1 (all traffic) from 0.0.0.0/0 or ::/0 "
        + "makes the ACL no filter at all: every port of every protocol reaches the subnet, including SSH, RDP "
        + "and search cluster ports, and only the security groups are left. This is what the default network "
        + "ACL does, which is why it is MEDIUM rather than CRITICAL (Trivy). Entries are evaluated lowest rule "
        + "number first: an allow-all shadowed by a lower-numbered deny of all traffic from anywhere is not "
        + "reported. Inline ingress blocks of aws_network_acl and aws_default_network_acl, aws_network_acl_rule "
        + "and AWS::EC2::NetworkAclEntry are judged. Catalog: NET-006.",
    remediation = "Replace the allow-all entry with entries for the protocols and ports the subnet serves (and "
        + "the ephemeral ports for return traffic), or put lower-numbered denies in front of it for the "
        + "administration and data ports.",
    links = {
        "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
        "https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_network_acl",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkaclentry.html"})
public final class NetworkAclAllowsAllTrafficRule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node node, RuleContext context) {
    List<NetworkAclEntry> entries = AclEntries.of(node, context.graph());
    List<Failure> failures = new ArrayList<>();
    NetworkAcls.Decision undecided = null;
    for (boolean ipv6 : new boolean[] {false, true}) {
      NetworkAcls.Decision d = NetworkAcls.allTrafficFromAnywhere(entries, false, ipv6);
      if (d.allowed() == Tri.YES && AclEntries.reportedBy(node, d.entry())) {
        NetworkAclEntry e = d.entry();
        failures.add(Failure.at(e.location(), "Network ACL allows all protocols from " + (ipv6 ? "::/0" : "0.0.0.0/0")
            + " (rule " + e.ruleNumber() + ")", "ingress").withResource(e.declaredIn().address(), e.declaredIn().type()));
      } else if (d.allowed() == Tri.UNKNOWN && undecided == null
          && (d.entry() == null || AclEntries.reportedBy(node, d.entry()))) {
        undecided = d;
      }
    }
    if (!failures.isEmpty()) {
      return CheckResult.fail(failures);
    }
    return undecided != null ? CheckResult.indeterminate(undecided.reason(), undecided.unknownAt())
        : CheckResult.pass();
  }
}
