package dev.iaclint.rules.aws.vpc;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.net.PortRange;
import dev.iaclint.core.net.SecurityGroupRule;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.rules.net.ServicePorts;
import java.util.List;

@RuleInfo(
    id = "IAC-AWS-VPC-002",
    title = "Security group allows SSH or RDP from anywhere",
    severity = Severity.HIGH,
    category = Category.NETWORK_ACL,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_security_group", "aws_default_security_group", "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"},
    checkov = {"CKV_AWS_24", "CKV_AWS_25"},
    trivy = {"AVD-AWS-0107"},
    tfsec = {"aws-ec2-no-public-ingress-sgr"},
    kics = {"381c3f2a-ef6f-4eff-99f7-b169cda3422c"},
    description = "An ingress rule from 0.0.0.0/0 or ::/0 whose ports include 22 (SSH, TCP) or 3389 (RDP, TCP "
        + "or UDP) exposes remote administration to the whole internet, where it is scanned and brute-forced "
        + "within minutes. Inline ingress blocks of aws_security_group / aws_default_security_group, "
        + "aws_security_group_rule with type = \"ingress\", aws_vpc_security_group_ingress_rule, and "
        + "CloudFormation SecurityGroupIngress entries and AWS::EC2::SecurityGroupIngress resources are "
        + "judged, each where it is written. A rule that opens every port is reported by IAC-AWS-VPC-003 "
        + "instead. Catalog: NET-002.",
    remediation = "Limit the rule's source to the addresses that administer the hosts (a VPN or office range, "
        + "a bastion's security group, a managed prefix list), or remove it and use AWS Systems Manager "
        + "Session Manager or EC2 Instance Connect Endpoint instead of open SSH/RDP.",
    links = {
        "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-ingress.html"})
public final class SecurityGroupOpenAdminPortsRule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node node, RuleContext context) {
    return OpenIngress.check(node, context.graph(), "Security group allows SSH or RDP from anywhere",
        SecurityGroupOpenAdminPortsRule::adminPorts);
  }

  static OpenIngress.Match adminPorts(SecurityGroupRule rule) {
    PortRange ports = rule.ports();
    if (ports == null) {
      return OpenIngress.Match.UNKNOWN;
    }
    List<String> open = ServicePorts.admin(ports);
    return open.isEmpty() ? OpenIngress.Match.NO
        : new OpenIngress.Match(Tri.YES, String.join(" and ", open) + " through " + ports);
  }
}
