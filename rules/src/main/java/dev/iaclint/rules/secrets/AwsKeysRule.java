package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "IAC-SECRET-001",
    title = "AWS access key hard-coded",
    severity = Severity.CRITICAL,
    category = Category.SECRETS,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION, SourceFormat.KUBERNETES,
        SourceFormat.DOCKER_COMPOSE, SourceFormat.ELASTICSEARCH_CONFIG},
    checkov = {"CKV_SECRET_2"},
    trivy = {"aws-access-key-id", "aws-secret-access-key"},
    kics = {"76c0bcde-903d-456e-ac13-e58c34987852", "83ab47ff-381d-48cd-bac5-fb32222f54af"},
    links = {
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration"},
    description = "An AWS access key ID (AKIA…, ASIA…) or a secret access key (40 characters "
        + "under an AWS or secret-key name, or the access_key / secret_key of a provider "
        + "\"aws\" block) is written in the configuration. Anyone who can read the "
        + "repository, the plan or the state can act as that identity. IAM unique IDs "
        + "(AIDA…, AROA…, AGPA…) are identifiers, not credentials, and are not reported.",
    remediation = "Remove the key, deactivate and rotate it in IAM, and let the provider, the "
        + "instance or the pod get credentials from a role (instance profile, IRSA, OIDC) "
        + "or the environment.")
public final class AwsKeysRule extends SecretRule {
}
