package dev.iaclint.rules.aws.cloudwatch;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Attributes;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.rule.Values;
import java.util.List;

@RuleInfo(
    id = "IAC-AWS-CLOUDWATCH-001",
    title = "Log group receiving search domain logs is not encrypted with a customer-managed key",
    severity = Severity.LOW,
    category = Category.LOGGING,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_cloudwatch_log_group", "AWS::Logs::LogGroup"},
    description = """
        A CloudWatch Logs group that an OpenSearch/Elasticsearch domain publishes its logs to
        (log_publishing_options.cloudwatch_log_group_arn; LogPublishingOptions.*.CloudWatchLogsLogGroupArn)
        has no kms_key_id (KmsKeyId). CloudWatch Logs still encrypts it with a key AWS owns, so this is
        hardening: audit and slow logs can carry queries, documents and user names, and a
        customer-managed key lets you control and audit who can read them. Log groups no domain of the
        configuration publishes to are not judged. Catalog: LOG-003.""",
    remediation = """
        Set kms_key_id = aws_kms_key.logs.arn (KmsKeyId) on the log group, with a key policy that lets
        the logs.<region>.amazonaws.com service principal use the key.""",
    links = {"https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#kms_key_id",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html"},
    checkov = {"CKV_AWS_158"},
    trivy = {"AVD-AWS-0017"},
    tfsec = {"aws-cloudwatch-log-group-customer-key"})
public final class SearchLogsWithoutKeyRule extends AnnotatedResourceRule {
  private static final String[] TF_DOMAINS = {"aws_opensearch_domain", "aws_elasticsearch_domain"};
  private static final String[] CFN_DOMAINS = {"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"};

  @Override
  public CheckResult check(Node node, RuleContext context) {
    boolean terraform = node.format() == SourceFormat.TERRAFORM;
    Node domain = publishingDomain(node, context, terraform);
    if (domain == null) {
      return CheckResult.pass();
    }
    Slot key = Attributes.first(node, terraform ? "kms_key_id" : "KmsKeyId");
    if (key.isUnknown() || !Values.isEmpty(key.value())) {
      return CheckResult.pass();
    }
    return CheckResult.fail(Failure.at(key.isAbsent() ? node.headerRange() : key.location(),
        "Log group receiving the logs of " + domain.address() + " is not encrypted with a customer-managed key: "
            + key.path() + " is not set", key.path()));
  }

  /** The first search domain whose log publishing options name this log group, or {@code null}. */
  private static Node publishingDomain(Node logGroup, RuleContext context, boolean terraform) {
    String attribute = terraform ? "log_publishing_options" : "LogPublishingOptions";
    String[] types = terraform ? TF_DOMAINS : CFN_DOMAINS;
    List<Node> domains = context.graph().ofType(types);
    for (Node domain : domains) {
      if (domain.format() == logGroup.format()
          && context.graph().referencedAt(domain, attribute, logGroup.type()).contains(logGroup)) {
        return domain;
      }
    }
    return null;
  }
}
