package dev.iaclint.rules.aws.s3;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.policy.PolicyAnalysis;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.rules.aws.PolicySource;
import java.util.List;

@RuleInfo(
    id = "IAC-AWS-S3-005",
    title = "S3 bucket accepts requests over plain HTTP",
    severity = Severity.MEDIUM,
    category = Category.ENCRYPTION_IN_TRANSIT,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_s3_bucket", "aws_s3_bucket_policy", "AWS::S3::Bucket", "AWS::S3::BucketPolicy"},
    description = """
        S3 answers on HTTP as well as HTTPS unless the bucket policy refuses requests that do not use TLS:
        a Deny for every principal, of every S3 action (s3:* or *), with the condition Bool
        aws:SecureTransport false. Without it, a client or SDK configured for HTTP sends credentials'
        signatures and object data in clear text. Bucket policies are read from the legacy policy
        argument, linked aws_s3_bucket_policy resources (including data.aws_iam_policy_document) and
        CloudFormation AWS::S3::BucketPolicy; a bucket with no policy in the configuration fails.
        Catalog: EIT-008.""",
    remediation = """
        Add a statement to the bucket policy: Effect Deny, Principal "*", Action "s3:*", Resource the
        bucket and its objects, Condition {"Bool": {"aws:SecureTransport": "false"}}.""",
    links = {"https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit",
        "https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy"},
    checkov = {"CKV_AWS_379"})
public final class InsecureTransportRule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node node, RuleContext context) {
    List<PolicySource> sources = Buckets.policiesToJudge(node, context.graph());
    if (sources == null) {
      return CheckResult.pass();
    }
    if (sources.isEmpty()) {
      return Buckets.isBucket(node) ? CheckResult.fail(Failure.at(node.headerRange(), "S3 bucket accepts requests over plain"
          + " HTTP: it has no bucket policy denying requests where aws:SecureTransport is false", "policy"))
          : CheckResult.pass();
    }
    PolicySource undecided = null;
    for (PolicySource source : sources) {
      Tri denies = PolicyAnalysis.deniesInsecureTransport(source.document(), "s3");
      if (denies == Tri.YES) {
        return CheckResult.pass();
      }
      if (denies == Tri.UNKNOWN && undecided == null) {
        undecided = source;
      }
    }
    if (undecided != null) {
      String reason = undecided.document().unknownReason() != null ? ": " + undecided.document().unknownReason() : "";
      return CheckResult.indeterminate("cannot tell whether the bucket policy denies requests over plain HTTP"
          + reason, undecided.attributeLocation());
    }
    PolicySource first = sources.get(0);
    return CheckResult.fail(Failure.at(first.attributeLocation(), "S3 bucket accepts requests over plain HTTP: the"
            + " bucket policy has no Deny of s3:* for everyone when aws:SecureTransport is false"
            + first.originNote(), first.attributePath(node))
        .withRelated(first.related()));
  }
}
