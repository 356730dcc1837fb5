package dev.iaclint.rules.aws.ec2;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.AttributePath;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.rules.aws.TerraformScopes;

@RuleInfo(
    id = "IAC-AWS-EC2-001",
    title = "Instance metadata service allows IMDSv1 (session tokens not required)",
    severity = Severity.HIGH,
    category = Category.AUTHENTICATION,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_instance", "aws_launch_template", "aws_launch_configuration", "AWS::EC2::LaunchTemplate",
        "AWS::AutoScaling::LaunchConfiguration", "AWS::EC2::Instance"},
    checkov = {"CKV_AWS_79"},
    trivy = {"AVD-AWS-0028", "AVD-AWS-0130"},
    tfsec = {"aws-ec2-enforce-http-token-imds", "aws-ec2-enforce-launch-config-http-token-imds"},
    description = "With IMDSv1, any process that can make the instance send an HTTP request (a server-side "
        + "request forgery, an open proxy) can read the instance role's credentials from the metadata service "
        + "without a session token. IMDSv1 is allowed unless http_tokens (HttpTokens) is \"required\" or the "
        + "endpoint is disabled; the AWS default when metadata_options / MetadataOptions is absent, or when it "
        + "leaves http_tokens out, is \"optional\", except for images registered with ImdsSupport v2.0: Amazon "
        + "Linux 2023 AMIs are, so an instance or template whose image is recognisably AL2023 (its public SSM "
        + "parameter or AMI name) passes when it leaves http_tokens out; an explicit \"optional\" still fails. "
        + "Left out, http_tokens also takes the account's regional default: an aws_ec2_instance_metadata_defaults "
        + "with http_tokens = \"required\" (or http_endpoint = \"disabled\") in the same root module passes "
        + "every Terraform instance, template and launch configuration that does not set its own. "
        + "An aws_instance started from a launch template inherits the "
        + "template's setting and is judged through it. AWS::EC2::Instance has no metadata options property: "
        + "in CloudFormation only a launch template (LaunchTemplate) can require tokens, so an instance without "
        + "one allows IMDSv1. Catalog: AUTH-006.",
    remediation = "Require session tokens: metadata_options { http_tokens = \"required\" } on aws_instance, "
        + "aws_launch_template and aws_launch_configuration (MetadataOptions: {HttpTokens: required} in "
        + "LaunchTemplateData or on AWS::AutoScaling::LaunchConfiguration; give an AWS::EC2::Instance a "
        + "LaunchTemplate that does so), or set http_endpoint = \"disabled\" when the instance does not use the "
        + "metadata service.",
    links = {
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#metadata-options",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#metadata-options",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-metadataoptions.html",
        "https://repost.aws/knowledge-center/ec2-cloudformation-imdsv2"})
public final class InstanceMetadataV1Rule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node node, RuleContext context) {
    return switch (node.type()) {
      case "AWS::EC2::Instance" -> cloudFormationInstance(node, context);
      case "AWS::EC2::LaunchTemplate" -> judge(node, context, "LaunchTemplateData.MetadataOptions", "HttpTokens",
          "HttpEndpoint", "LaunchTemplateData.ImageId");
      case "AWS::AutoScaling::LaunchConfiguration" -> judge(node, context, "MetadataOptions", "HttpTokens",
          "HttpEndpoint", "ImageId");
      case "aws_instance" -> terraformInstance(node, context);
      default -> judge(node, context, "metadata_options", "http_tokens", "http_endpoint", "image_id");
    };
  }

  /** An instance started from a launch template takes the template's http_tokens unless it sets its own. */
  private CheckResult terraformInstance(Node node, RuleContext context) {
    Slot template = slot(node, "launch_template");
    Slot tokens = slot(node, "metadata_options.http_tokens");
    Slot endpoint = slot(node, "metadata_options.http_endpoint");
    if (!template.isAbsent() && tokens.isAbsent() && !"disabled".equalsIgnoreCase(endpoint.asString())) {
      return context.graph().referencedAt(node, "launch_template", "aws_launch_template").isEmpty()
          ? CheckResult.indeterminate("metadata_options.http_tokens is not set, so the launch template's applies, "
              + "and that template is not in this configuration", template.location())
          : CheckResult.pass();
    }
    return judge(node, context, "metadata_options", "http_tokens", "http_endpoint", "ami");
  }

  /** CloudFormation gives instances no metadata options: only a launch template can require tokens. */
  private CheckResult cloudFormationInstance(Node node, RuleContext context) {
    Slot template = slot(node, "LaunchTemplate");
    if (template.isAbsent() && ImdsV2Images.requiresTokensByDefault(node, context, "ImageId")) {
      return CheckResult.pass();
    }
    if (template.isAbsent()) {
      return CheckResult.fail(Failure.at(node.headerRange(), "Instance has no launch template: "
          + "AWS::EC2::Instance cannot set metadata options, so IMDSv1 stays allowed (HttpTokens defaults to "
          + "optional)", "LaunchTemplate"));
    }
    if (!context.graph().referencedAt(node, "LaunchTemplate", "AWS::EC2::LaunchTemplate").isEmpty()) {
      return CheckResult.pass();
    }
    return CheckResult.indeterminate("the instance's metadata options come from a launch template that is not "
        + "in this template", template.location());
  }

  private CheckResult judge(Node node, RuleContext context, String options, String tokensName, String endpointName,
      String image) {
    Slot tokens = slot(node, options + "." + tokensName);
    Slot endpoint = slot(node, options + "." + endpointName);
    if ("required".equalsIgnoreCase(tokens.asString()) || "disabled".equalsIgnoreCase(endpoint.asString())) {
      return CheckResult.pass();
    }
    if (tokens.isUnknown()) {
      return CheckResult.indeterminate(tokens.path() + " is not known: " + tokens.unknown().reason(),
          tokens.location());
    }
    if (endpoint.isUnknown()) {
      return CheckResult.indeterminate(endpoint.path() + " is not known: " + endpoint.unknown().reason(),
          endpoint.location());
    }
    if (tokens.isAbsent() && ImdsV2Images.requiresTokensByDefault(node, context, image)) {
      // Left out, http_tokens takes the image's default, which for Amazon Linux 2023 is "required".
      return CheckResult.pass();
    }
    if (tokens.isAbsent()) {
      Tri account = accountRequiresTokens(node, context);
      if (account == Tri.YES) {
        return CheckResult.pass();
      }
      if (account == Tri.UNKNOWN) {
        return CheckResult.indeterminate(tokens.path() + " is not set, so the account's instance metadata"
            + " defaults apply, and whether they require tokens is not known", tokens.location());
      }
    }
    String seen;
    if (tokens.isAbsent()) {
      seen = slot(node, options).isAbsent() ? options + " is not set (" + tokensName + " defaults to optional)"
          : tokens.path() + " is not set (default: optional)";
    } else {
      seen = tokens.path() + (tokens.asString() != null && tokens.asString().equalsIgnoreCase("optional")
          ? " = optional" : " is not \"required\"");
    }
    return CheckResult.fail(Failure.at(tokens.location(), "Instance metadata service allows IMDSv1: " + seen
        + tokens.originNote(), tokens.path()).withRelated(tokens.related()));
  }

  /**
   * Whether an {@code aws_ec2_instance_metadata_defaults} of the node's root module makes new
   * instances require tokens (or turns the endpoint off) when they leave the setting out.
   */
  private static Tri accountRequiresTokens(Node node, RuleContext context) {
    if (node.format() != SourceFormat.TERRAFORM) {
      return Tri.NO;
    }
    Tri result = Tri.NO;
    for (Node defaults : context.graph().ofType("aws_ec2_instance_metadata_defaults")) {
      if (!TerraformScopes.sameRootModule(node, defaults)) {
        continue;
      }
      Slot tokens = slot(defaults, "http_tokens");
      Slot endpoint = slot(defaults, "http_endpoint");
      if ("required".equalsIgnoreCase(tokens.asString()) || "disabled".equalsIgnoreCase(endpoint.asString())) {
        return Tri.YES;
      }
      if (tokens.isUnknown() || endpoint.isUnknown()) {
        result = Tri.UNKNOWN;
      }
    }
    return result;
  }

  private static Slot slot(Node node, String path) {
    return AttributePath.parse(path).resolve(node).get(0);
  }
}
