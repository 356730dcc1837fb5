package dev.iaclint.rules.aws.s3;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.policy.PolicyAnalysis;
import dev.iaclint.core.policy.Statement;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.rules.aws.PolicySource;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "IAC-AWS-S3-002",
    title = "S3 bucket policy allows access to everyone",
    severity = Severity.HIGH,
    category = Category.PUBLIC_EXPOSURE,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_s3_bucket", "aws_s3_bucket_policy", "AWS::S3::Bucket", "AWS::S3::BucketPolicy"},
    description = """
        The bucket policy has an Allow statement for everyone (Principal "*", {"AWS": "*"}, a list holding
        "*", or NotPrincipal) with no condition narrowing it to specific callers or networks
        (aws:SourceIp, aws:SourceVpce, aws:PrincipalOrgID, aws:SourceArn, aws:SourceAccount …), so
        anyone on the internet can perform its actions without credentials. The policy is read
        wherever it is written: the legacy policy argument of aws_s3_bucket, a linked
        aws_s3_bucket_policy (jsonencode, heredoc, data.aws_iam_policy_document), or a CloudFormation
        AWS::S3::BucketPolicy. A linked public access block with restrict_public_buckets (only the
        owner's account and AWS services get in) or block_public_policy (S3 refuses the policy)
        neutralises it. CRITICAL when the statement allows writing or deleting objects.
        Catalog: PUB-004.""",
    remediation = """
        Name the principals that need the bucket (IAM roles, a CloudFront distribution through
        aws:SourceArn with origin access control), or add a narrowing Condition; and add an
        aws_s3_bucket_public_access_block with all four flags true (PublicAccessBlockConfiguration in
        CloudFormation).""",
    links = {"https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucketpolicy.html"},
    checkov = {"CKV_AWS_70"},
    kics = {"7af43613-6bb9-4a0e-8c4d-1314b799425e"})
public final class PublicPolicyRule extends AnnotatedResourceRule {

  /** Actions that change or delete data: a public statement allowing one of them is CRITICAL. */
  private static final List<String> WRITE_ACTIONS = List.of("s3:PutObject", "s3:DeleteObject",
      "s3:PutBucketPolicy", "s3:PutObjectAcl", "s3:DeleteBucket");

  @Override
  public CheckResult check(Node node, RuleContext context) {
    List<PolicySource> sources = Buckets.policiesToJudge(node, context.graph());
    if (sources == null) {
      return CheckResult.pass();
    }
    List<Failure> failures = new ArrayList<>();
    CheckResult undecided = null;
    for (PolicySource source : sources) {
      PolicyAnalysis.PublicAccess access = PolicyAnalysis.publicAccess(source.document());
      if (access.verdict() == Tri.UNKNOWN && undecided == null) {
        undecided = CheckResult.indeterminate("cannot tell whether the bucket policy is public: " + access.reason(),
            source.unknownLocation(access.unknownAt()));
      }
      for (PolicyAnalysis.PublicStatement s : access.statements()) {
        boolean write = writes(s.statement());
        String who = s.statement().notPrincipal() != null ? "everyone not named in NotPrincipal"
            : "anyone (Principal \"*\")";
        failures.add(Failure.at(source.locationOf(s), "S3 bucket policy " + s.describe() + " allows " + who
                + (write ? " to write or delete objects" : "") + " with no condition limiting who or from where"
                + source.originNote(), source.attributePath(node))
            .withSeverity(write ? Severity.CRITICAL : Severity.HIGH)
            .withRelated(source.related()));
      }
    }
    if (failures.isEmpty()) {
      return undecided != null ? undecided : CheckResult.pass();
    }
    Tri neutralised = Buckets.or(Buckets.accessBlockFlag(node, context.graph(), "restrict_public_buckets"),
        Buckets.accessBlockFlag(node, context.graph(), "block_public_policy"));
    if (neutralised == Tri.YES) {
      return CheckResult.pass();
    }
    if (neutralised == Tri.UNKNOWN) {
      return CheckResult.indeterminate("the bucket policy is public, but whether a public access block restricts"
          + " public buckets or blocks public policies is not known", failures.get(0).location());
    }
    return CheckResult.fail(failures);
  }

  private static boolean writes(Statement s) {
    if (!s.notActions().values().isEmpty()) {
      return true;
    }
    for (String action : WRITE_ACTIONS) {
      if (PolicyAnalysis.coversActions(s.actions().values(), List.of(action))) {
        return true;
      }
    }
    return false;
  }
}
