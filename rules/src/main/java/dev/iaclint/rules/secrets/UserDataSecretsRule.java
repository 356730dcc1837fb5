package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;

@RuleInfo(
    id = "IAC-SECRET-008",
    title = "Secret in EC2 user data",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    checkov = {"CKV_AWS_46"},
    trivy = {"AVD-AWS-0029", "AVD-AWS-0129"},
    kics = {"443488f5-c734-460b-a36d-5b3f330174dc"},
    links = {
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html",
        "https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0029/",
        "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets.html"},
    description = "EC2 user data (user_data, user_data_base64 and base64encode(\"…\") of instances, "
        + "launch templates and launch configurations; UserData in CloudFormation) holds "
        + "a secret: a known token format, or a NAME=value assignment of a random-looking "
        + "value to a secret-like name. Base64 literals are decoded first. User data is "
        + "readable by anyone allowed to describe the instance and by every process on it "
        + "through the instance metadata service.",
    remediation = "Fetch secrets at boot from Secrets Manager or SSM Parameter Store with the "
        + "instance role, instead of writing them into user data.")
public final class UserDataSecretsRule extends SecretRule {
}
