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
    id = "IAC-AWS-REDSHIFT-002",
    title = "Redshift cluster is not encrypted at rest",
    severity = Severity.HIGH,
    category = Category.ENCRYPTION_AT_REST,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_redshift_cluster", "AWS::Redshift::Cluster"},
    description = """
        An unencrypted cluster keeps its data blocks, system metadata and snapshots in clear text. An
        explicit encrypted = false (Encrypted: false) fails. When Terraform leaves it out, the default
        depends on the AWS provider: false before 6.0, true from 6.0. The rule reads the aws version
        constraint of required_providers in the cluster's module: a constraint that allows only
        versions before 6.0 fails (HIGH), one that also allows older versions fails MEDIUM, one that
        allows only 6.0 and later passes; without a constraint the check is undecided. CloudFormation
        leaves it to AWS, which has encrypted new clusters by default since January 2025.
        Catalog: EAR-008.""",
    remediation = """
        Set encrypted = true (Encrypted: true), ideally with a customer-managed kms_key_id; require AWS
        provider >= 6.0 if you rely on its default.""",
    links = {"https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#encrypted",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/version-6-upgrade",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html"},
    checkov = {"CKV_AWS_64"},
    trivy = {"AVD-AWS-0084"},
    tfsec = {"aws-redshift-encryption-customer-key"},
    kics = {"cfdcabb0-fc06-427c-865b-c59f13e898ce"})
public final class UnencryptedClusterRule extends AnnotatedResourceRule {
  private static final ProviderDefault ENCRYPTED = new ProviderDefault("encrypted", "Encrypted", false,
      "the cluster is not encrypted");

  @Override
  public CheckResult check(Node node, RuleContext context) {
    return ENCRYPTED.judge(node, context, "Redshift cluster is not encrypted at rest");
  }
}
