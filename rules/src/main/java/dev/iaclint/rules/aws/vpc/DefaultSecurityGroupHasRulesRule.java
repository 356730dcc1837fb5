package dev.iaclint.rules.aws.vpc;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.Ranges;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "IAC-AWS-VPC-004",
    title = "Default security group has rules",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_ACL,
    formats = {SourceFormat.TERRAFORM},
    types = {"aws_default_security_group"},
    checkov = {"CKV2_AWS_12"},
    trivy = {"AVD-AWS-0173"},
    description = "Every VPC has a default security group, and AWS puts every instance, network interface and "
        + "endpoint created without a security group into it, so its rules reach resources nobody meant them "
        + "for. When Terraform adopts the group with aws_default_security_group it removes all of its rules and "
        + "then creates only those configured, so the resource without ingress and egress blocks (and without "
        + "aws_security_group_rule / aws_vpc_security_group_ingress_rule / _egress_rule resources attached) "
        + "is the recommended way to lock it down. Each rule that is configured is reported. CloudFormation "
        + "has no resource for the default security group. Catalog: NET-004.",
    remediation = "Remove the ingress and egress blocks from aws_default_security_group and the rule resources "
        + "attached to it; put the rules on a security group of your own and attach that group to the resources "
        + "explicitly.",
    links = {
        "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2"})
public final class DefaultSecurityGroupHasRulesRule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node node, RuleContext context) {
    List<Failure> failures = new ArrayList<>();
    for (String direction : List.of("ingress", "egress")) {
      Value blocks = node.config().get(direction);
      if (blocks instanceof UnknownValue u) {
        return CheckResult.indeterminate(direction + " is not known: " + u.reason(),
            node.config().memberRange(direction));
      }
      for (Value block : Values.elements(blocks)) {
        failures.add(Failure.at(Ranges.firstLine(block.range()), "Default security group has an " + direction
            + " rule: resources created without a security group receive it", direction));
      }
    }
    for (Node rule : context.graph().parts(node, "aws_security_group_rule", "aws_vpc_security_group_ingress_rule",
        "aws_vpc_security_group_egress_rule")) {
      failures.add(Failure.at(rule.headerRange(), "Default security group has a rule attached by " + rule.address()
          + ": resources created without a security group receive it", "").withResource(rule.address(), rule.type()));
    }
    return CheckResult.fail(failures);
  }
}
