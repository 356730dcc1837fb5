package dev.iaclint.rules.aws.s3;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
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
import dev.iaclint.core.rule.Tri;
import dev.iaclint.rules.aws.TerraformScopes;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "IAC-AWS-S3-003",
    title = "S3 bucket public access block is missing or incomplete",
    severity = Severity.MEDIUM,
    category = Category.PUBLIC_EXPOSURE,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_s3_bucket", "aws_s3_bucket_public_access_block", "AWS::S3::Bucket"},
    description = """
        S3 Block Public Access is the guard rail that keeps a public ACL or bucket policy (written now or
        added later) from exposing the bucket: block_public_acls and block_public_policy make S3 refuse
        public ACLs and policies, ignore_public_acls and restrict_public_buckets neutralise existing ones.
        Each flag of aws_s3_bucket_public_access_block (and of CloudFormation
        PublicAccessBlockConfiguration) defaults to false, so a block that leaves one out, or sets it
        false, is incomplete (MEDIUM). A bucket without a linked block is LOW: AWS turns Block Public
        Access on for buckets created since April 2023, but the configuration does not say so and older
        buckets keep what they had. S3 applies the most restrictive combination of the bucket's and the
        account's settings, so a flag an aws_s3_account_public_access_block of the same root module
        turns on is on for every bucket: with all four on there, a bucket needs no block of its own.
        A block whose bucket is not in the configuration is judged on its own. Catalog: PUB-005.""",
    remediation = """
        Add resource "aws_s3_bucket_public_access_block" for the bucket with block_public_acls,
        block_public_policy, ignore_public_acls and restrict_public_buckets all true (or all four on
        the account's aws_s3_account_public_access_block); in CloudFormation,
        PublicAccessBlockConfiguration with BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls and
        RestrictPublicBuckets true.""",
    links = {"https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_account_public_access_block",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-publicaccessblockconfiguration.html"},
    checkov = {"CKV2_AWS_6", "CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56"})
public final class PublicAccessBlockRule extends AnnotatedResourceRule {

  /** The four settings, each false when left out. */
  private static final List<String> FLAGS = List.of("block_public_acls", "block_public_policy",
      "ignore_public_acls", "restrict_public_buckets");
  private static final List<String> CFN_FLAGS = List.of("BlockPublicAcls", "BlockPublicPolicy",
      "IgnorePublicAcls", "RestrictPublicBuckets");
  private static final String CFN_BLOCK = "PublicAccessBlockConfiguration";

  @Override
  public CheckResult check(Node node, RuleContext context) {
    if (!Buckets.isTerraform(node)) {
      return checkCloudFormation(node);
    }
    ResourceGraph graph = context.graph();
    List<Node> accounts = accountBlocks(node, graph);
    if (Buckets.isBucket(node)) {
      List<Node> own = graph.parts(node, Buckets.TF_ACCESS_BLOCK);
      if (own.isEmpty()) {
        return withoutOwnBlock(node, accounts);
      }
      return judge(own, accounts);
    }
    // A block judged with its bucket reports there.
    return Buckets.judgedWithItsBucket(node, graph) ? CheckResult.pass() : judge(List.of(node), accounts);
  }

  /** A bucket with no block of its own is covered only when the account's block turns every flag on. */
  private static CheckResult withoutOwnBlock(Node bucket, List<Node> accounts) {
    Tri covered = Tri.YES;
    for (String flag : FLAGS) {
      covered = and(covered, anyTrue(accounts, flag));
    }
    if (covered == Tri.YES) {
      return CheckResult.pass();
    }
    if (covered == Tri.UNKNOWN) {
      return CheckResult.indeterminate("whether the account's public access block turns every flag on is not"
          + " known", bucket.headerRange());
    }
    String account = accounts.isEmpty() ? "" : ", and the account's aws_s3_account_public_access_block leaves "
        + String.join(", ", off(accounts)) + " off";
    return CheckResult.fail(Failure.at(bucket.headerRange(), "S3 bucket has no public access block in the"
        + " configuration: no linked aws_s3_bucket_public_access_block" + account, Buckets.TF_ACCESS_BLOCK)
        .withSeverity(Severity.LOW));
  }

  /**
   * Each block's flags, a flag counting as on when the account's block turns it on. One finding per
   * block, at its first flag that is off (its header when the flag is left out), naming them all.
   */
  private static CheckResult judge(List<Node> blocks, List<Node> accounts) {
    List<Failure> failures = new ArrayList<>();
    Slot undecided = null;
    for (Node block : blocks) {
      List<Slot> off = new ArrayList<>();
      for (String flag : FLAGS) {
        Tri account = anyTrue(accounts, flag);
        for (Slot s : Attributes.slots(block, flag)) {
          Boolean on = s.isAbsent() ? Boolean.FALSE : s.asBoolean();
          if (account == Tri.YES || Boolean.TRUE.equals(on)) {
            continue;
          }
          if (on == null || account == Tri.UNKNOWN) {
            undecided = undecided == null ? s : undecided;
          } else {
            off.add(s);
          }
        }
      }
      if (!off.isEmpty()) {
        failures.add(incomplete(block.address(), off));
      }
    }
    if (!failures.isEmpty()) {
      return CheckResult.fail(failures);
    }
    if (undecided != null) {
      String reason = undecided.isUnknown() ? undecided.path() + " is not known: " + undecided.unknown().reason()
          : "whether the account's public access block turns " + undecided.path() + " on is not known";
      return CheckResult.indeterminate(reason, undecided.location());
    }
    return CheckResult.pass();
  }

  private static CheckResult checkCloudFormation(Node bucket) {
    if (Attributes.isSet(bucket, CFN_BLOCK) == Tri.NO) {
      return CheckResult.fail(Failure.at(bucket.headerRange(), "S3 bucket has no public access block"
          + " configuration: " + CFN_BLOCK + " is not set", CFN_BLOCK).withSeverity(Severity.LOW));
    }
    List<Slot> off = new ArrayList<>();
    Slot undecided = null;
    for (String flag : CFN_FLAGS) {
      for (Slot s : Attributes.slots(bucket, CFN_BLOCK + "." + flag)) {
        Boolean on = s.isAbsent() ? Boolean.FALSE : s.asBoolean();
        if (on == null) {
          undecided = undecided == null ? s : undecided;
        } else if (!on) {
          off.add(s);
        }
      }
    }
    if (!off.isEmpty()) {
      return CheckResult.fail(incomplete("", off));
    }
    if (undecided != null) {
      return CheckResult.indeterminate(undecided.path() + " is not known"
          + (undecided.isUnknown() ? ": " + undecided.unknown().reason() : ""), undecided.location());
    }
    return CheckResult.pass();
  }

  /** The finding for a block whose flags {@code off} are off, at the first of them. */
  private static Failure incomplete(String blockAddress, List<Slot> off) {
    Slot first = off.get(0);
    List<String> described = new ArrayList<>();
    for (Slot s : off) {
      String name = blockAddress.isEmpty() ? s.path() : blockAddress + "." + s.path();
      described.add(s.isAbsent() ? name + " is not set (default: false)" : name + " = false" + s.originNote());
    }
    return Failure.at(first.location(), "S3 bucket public access block is missing or incomplete: "
            + String.join("; ", described), first.path())
        .withRelated(first.related());
  }

  /** The account's public access blocks that apply to the node: those of its root module. */
  private static List<Node> accountBlocks(Node node, ResourceGraph graph) {
    List<Node> accounts = new ArrayList<>();
    for (Node account : graph.ofType(Buckets.TF_ACCOUNT_ACCESS_BLOCK)) {
      if (TerraformScopes.sameRootModule(node, account)) {
        accounts.add(account);
      }
    }
    return accounts;
  }

  private static Tri anyTrue(List<Node> blocks, String flag) {
    Tri result = Tri.NO;
    for (Node b : blocks) {
      result = Buckets.or(result, Attributes.isTrue(b, flag, false));
    }
    return result;
  }

  private static List<String> off(List<Node> accounts) {
    List<String> off = new ArrayList<>();
    for (String flag : FLAGS) {
      if (anyTrue(accounts, flag) == Tri.NO) {
        off.add(flag);
      }
    }
    return off;
  }

  private static Tri and(Tri a, Tri b) {
    return a == Tri.NO || b == Tri.NO ? Tri.NO : a == Tri.UNKNOWN || b == Tri.UNKNOWN ? Tri.UNKNOWN : Tri.YES;
  }
}
