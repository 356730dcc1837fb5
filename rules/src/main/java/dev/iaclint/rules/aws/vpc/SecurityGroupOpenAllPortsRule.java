package dev.iaclint.rules.aws.vpc;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.net.SecurityGroupRule;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Tri;

@RuleInfo(
    id = "IAC-AWS-VPC-003",
    title = "Security group allows all ports from anywhere",
    severity = Severity.HIGH,
    category = Category.NETWORK_ACL,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_security_group", "aws_default_security_group", "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"},
    checkov = {"CKV_AWS_277"},
    trivy = {"AVD-AWS-0107"},
    tfsec = {"aws-ec2-no-public-ingress-sgr"},
    kics = {"4728cd65-a20c-49da-8b31-9c08b423e4db"},
    description = "An ingress rule from 0.0.0.0/0 or ::/0 with protocol -1 (all traffic; from_port and to_port "
        + "are then ignored) or with TCP or UDP ports 0-65535 exposes every service on the attached resources, "
        + "including databases, search clusters and admin interfaces, to the whole internet. Judged on inline "
        + "ingress blocks, aws_security_group_rule (type = \"ingress\"), aws_vpc_security_group_ingress_rule "
        + "and their CloudFormation counterparts, each where it is written. Catalog: NET-003.",
    remediation = "Replace the rule with rules for the ports the service needs, from the sources that need "
        + "them (a CIDR range you own, a security group, a prefix list); put public web traffic behind a load "
        + "balancer that opens only 80/443.",
    links = {
        "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group_rule",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-ingress.html"})
public final class SecurityGroupOpenAllPortsRule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node node, RuleContext context) {
    return OpenIngress.check(node, context.graph(), "Security group allows all ports from anywhere",
        SecurityGroupOpenAllPortsRule::allPorts);
  }

  static OpenIngress.Match allPorts(SecurityGroupRule rule) {
    Tri all = rule.allPorts();
    return all == Tri.YES ? new OpenIngress.Match(Tri.YES, rule.ports().toString())
        : all == Tri.NO ? OpenIngress.Match.NO : OpenIngress.Match.UNKNOWN;
  }
}
