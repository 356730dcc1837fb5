package dev.iaclint.rules.aws.redshift;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Attributes;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Slot;
import java.util.List;

/**
 * A Redshift cluster boolean whose Terraform default changed in AWS provider 6.0: {@code
 * publicly_accessible} (true before, false since) and {@code encrypted} (false before, true since).
 * CloudFormation sends nothing when the property is left out, and AWS itself has created clusters
 * private and encrypted since January 2025, so there only an explicit bad value fails.
 *
 * @param terraformName the Terraform argument
 * @param cloudFormationName the CloudFormation property
 * @param bad the value that is the problem ({@code true} for public, {@code false} for encrypted)
 * @param problem what the bad value means, for messages ("the cluster is publicly accessible")
 */
record ProviderDefault(String terraformName, String cloudFormationName, boolean bad, String problem) {

  CheckResult judge(Node node, RuleContext context, String subject) {
    boolean terraform = node.format() == SourceFormat.TERRAFORM;
    Slot slot = Attributes.first(node, terraform ? terraformName : cloudFormationName);
    if (slot.isUnknown()) {
      return CheckResult.indeterminate(slot.path() + " is not known: " + slot.unknown().reason(), slot.location());
    }
    if (!slot.isAbsent()) {
      Boolean value = slot.asBoolean();
      if (value == null) {
        return CheckResult.indeterminate(slot.path() + " is not a boolean", slot.location());
      }
      return value == bad ? CheckResult.fail(Failure.at(slot.location(), subject + ": " + slot.path() + " = " + bad
          + slot.originNote(), slot.path()).withRelated(slot.related())) : CheckResult.pass();
    }
    if (!terraform || !node.type().equals("aws_redshift_cluster")) {
      return CheckResult.pass();
    }
    AwsProviderVersions.Allowed allowed = AwsProviderVersions.of(node, context.documents());
    String defaults = terraformName + " defaults to " + bad + " before AWS provider 6.0 and to " + !bad + " from 6.0";
    if (allowed == null) {
      return CheckResult.indeterminate(terraformName + " is not set and the module states no AWS provider version: "
          + defaults, slot.location());
    }
    if (!allowed.before6()) {
      return CheckResult.pass();
    }
    List<RelatedLocation> related = List.of(new RelatedLocation(allowed.writtenAt(), "AWS provider version constraint"));
    if (allowed.from6()) {
      return CheckResult.fail(Failure.at(slot.location(), subject + ": " + terraformName + " is not set, and the AWS"
          + " provider version constraint allows versions before 6.0, where " + problem + " by default", terraformName)
          .withSeverity(Severity.MEDIUM).withRelated(related));
    }
    return CheckResult.fail(Failure.at(slot.location(), subject + ": " + terraformName + " is not set, and the AWS"
        + " provider version constraint allows only versions before 6.0, where " + problem + " by default",
        terraformName).withRelated(related));
  }
}
