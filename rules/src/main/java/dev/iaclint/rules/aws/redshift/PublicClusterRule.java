package dev.iaclint.rules.aws.redshift;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "IAC-AWS-REDSHIFT-001",
    title = "Redshift cluster is publicly accessible",
    severity = Severity.HIGH,
    category = Category.PUBLIC_EXPOSURE,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_redshift_cluster", "aws_redshiftserverless_workgroup", "AWS::Redshift::Cluster",
        "AWS::RedshiftServerless::Workgroup"},
    description = """
        A publicly accessible cluster gets a public IP address and a DNS name that resolves to it, so
        anyone the security group admits can reach the database from the internet. An explicit
        publicly_accessible = true (PubliclyAccessible: true) fails. When Terraform leaves it out, the
        default depends on the AWS provider: true before 6.0, false from 6.0. The rule reads the aws
        version constraint of required_providers in the cluster's module: a constraint that allows only
        versions before 6.0 fails (HIGH), one that also allows older versions fails MEDIUM (the
        lock file or an older installation may pick one), one that allows only 6.0 and later passes;
        without a constraint the check is undecided. CloudFormation and Redshift Serverless
        workgroups default to private. Catalog: PUB-007.""",
    remediation = """
        Set publicly_accessible = false (PubliclyAccessible: false), place the cluster in private
        subnets, and reach it through the VPC, a VPN or a bastion; require AWS provider >= 6.0 if you
        rely on its default.""",
    links = {"https://docs.aws.amazon.com/redshift/latest/mgmt/rs-clusters-vpc.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#publicly_accessible",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/version-6-upgrade",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html"},
    checkov = {"CKV_AWS_87"},
    kics = {"af173fde-95ea-4584-b904-bb3923ac4bda"})
public final class PublicClusterRule extends AnnotatedResourceRule {
  private static final ProviderDefault PUBLIC = new ProviderDefault("publicly_accessible", "PubliclyAccessible", true,
      "the cluster is publicly accessible");

  @Override
  public CheckResult check(Node node, RuleContext context) {
    return PUBLIC.judge(node, context, "Redshift cluster is publicly accessible");
  }
}
