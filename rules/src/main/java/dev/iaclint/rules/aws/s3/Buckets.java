package dev.iaclint.rules.aws.s3;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Attributes;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.rules.aws.PolicySource;
import dev.iaclint.rules.aws.TerraformScopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the S3 rules ask of a bucket, on its effective configuration: the bucket itself and its
 * split-out parts ({@code aws_s3_bucket_acl}, {@code _policy}, {@code _public_access_block},
 * {@code _ownership_controls}; CloudFormation {@code AWS::S3::BucketPolicy}).
 */
final class Buckets {
  static final String TF_BUCKET = "aws_s3_bucket";
  static final String TF_ACL = "aws_s3_bucket_acl";
  static final String TF_POLICY = "aws_s3_bucket_policy";
  static final String TF_ACCESS_BLOCK = "aws_s3_bucket_public_access_block";
  static final String TF_OWNERSHIP = "aws_s3_bucket_ownership_controls";
  static final String TF_ACCOUNT_ACCESS_BLOCK = "aws_s3_account_public_access_block";
  static final String CFN_BUCKET = "AWS::S3::Bucket";
  static final String CFN_POLICY = "AWS::S3::BucketPolicy";

  private Buckets() {}

  static boolean isTerraform(Node n) {
    return n.format() == SourceFormat.TERRAFORM;
  }

  /**
   * A part whose bucket is in the configuration is judged with the bucket, so it does not report
   * on its own.
   */
  static boolean judgedWithItsBucket(Node part, ResourceGraph graph) {
    return !graph.wholes(part).isEmpty();
  }

  static boolean isBucket(Node n) {
    return n.type().equals(TF_BUCKET) || n.type().equals(CFN_BUCKET);
  }

  /**
   * The policies a policy rule judges on {@code node}: a bucket's, or a policy resource's own when
   * its bucket is not in the configuration; {@code null} when the policy resource is judged with
   * its bucket.
   */
  static List<PolicySource> policiesToJudge(Node node, ResourceGraph graph) {
    if (isBucket(node)) {
      return policies(node, graph);
    }
    return judgedWithItsBucket(node, graph) ? null : ownPolicy(node, graph);
  }

  /**
   * Every policy of a bucket: Terraform's legacy {@code policy} argument and each linked
   * {@code aws_s3_bucket_policy}; CloudFormation's linked {@code AWS::S3::BucketPolicy}s.
   */
  static List<PolicySource> policies(Node bucket, ResourceGraph graph) {
    List<PolicySource> sources = new ArrayList<>();
    if (isTerraform(bucket)) {
      add(sources, PolicySource.terraform(bucket, "policy", graph));
      for (Node part : graph.parts(bucket, TF_POLICY)) {
        add(sources, PolicySource.terraform(part, "policy", graph));
      }
    } else {
      for (Node part : graph.parts(bucket, CFN_POLICY)) {
        add(sources, PolicySource.cloudFormation(part, "PolicyDocument"));
      }
    }
    return sources;
  }

  /** The policy of a policy resource judged on its own (its bucket is not in the configuration). */
  private static List<PolicySource> ownPolicy(Node policyResource, ResourceGraph graph) {
    List<PolicySource> sources = new ArrayList<>();
    add(sources, isTerraform(policyResource) ? PolicySource.terraform(policyResource, "policy", graph)
        : PolicySource.cloudFormation(policyResource, "PolicyDocument"));
    return sources;
  }

  private static void add(List<PolicySource> sources, PolicySource source) {
    if (source != null) {
      sources.add(source);
    }
  }

  /**
   * Whether a public access block of the bucket turns on {@code flag} ({@code ignore_public_acls};
   * CloudFormation {@code IgnorePublicAcls} in {@code PublicAccessBlockConfiguration}), or the
   * account's {@code aws_s3_account_public_access_block} of the same root module does. Each flag
   * defaults to false. For a part judged on its own ({@code subject} not a bucket), the blocks of
   * the same bucket written beside it count: same literal name, or a name not known before apply
   * (which makes the answer UNKNOWN unless another block decides it).
   */
  static Tri accessBlockFlag(Node subject, ResourceGraph graph, String flag) {
    if (!isTerraform(subject)) {
      String cfn = Character.toUpperCase(flag.charAt(0)) + camel(flag.substring(1));
      return subject.type().equals(CFN_BUCKET)
          ? Attributes.isTrue(subject, "PublicAccessBlockConfiguration." + cfn, false) : Tri.NO;
    }
    List<Block> blocks = blocksOf(subject, graph, TF_ACCESS_BLOCK);
    // The account's block applies to every bucket of the account.
    for (Node account : graph.ofType(TF_ACCOUNT_ACCESS_BLOCK)) {
      if (TerraformScopes.sameRootModule(subject, account)) {
        blocks.add(new Block(account, true));
      }
    }
    return anyTrue(blocks, flag);
  }

  /**
   * Whether ACLs are disabled (object ownership {@code BucketOwnerEnforced}): then ACLs no longer
   * grant anything, and a public one cannot even be set.
   */
  static Tri aclsDisabled(Node subject, ResourceGraph graph) {
    if (!isTerraform(subject)) {
      if (!subject.type().equals(CFN_BUCKET)) {
        return Tri.NO;
      }
      return ownershipEnforced(Attributes.slots(subject, "OwnershipControls.Rules.ObjectOwnership"));
    }
    Tri result = Tri.NO;
    for (Block b : blocksOf(subject, graph, TF_OWNERSHIP)) {
      Tri t = ownershipEnforced(Attributes.slots(b.node(), "rule.object_ownership"));
      t = b.certain() || t != Tri.YES ? t : Tri.UNKNOWN;
      result = or(result, t);
    }
    return result;
  }

  private static Tri ownershipEnforced(List<Slot> slots) {
    Tri result = Tri.NO;
    for (Slot s : slots) {
      if (s.isUnknown()) {
        result = Tri.UNKNOWN;
      } else if ("BucketOwnerEnforced".equals(s.asString())) {
        return Tri.YES;
      }
    }
    return result;
  }

  /** A configuration resource of a bucket, and whether it certainly configures that bucket. */
  private record Block(Node node, boolean certain) {}

  /**
   * The parts of {@code type} that configure the same bucket as {@code subject}: the bucket's own
   * parts, or, for a part whose bucket is not in the configuration, the unlinked parts beside it
   * that name the same bucket (certain) or a bucket not known before apply (uncertain).
   */
  private static List<Block> blocksOf(Node subject, ResourceGraph graph, String type) {
    List<Block> blocks = new ArrayList<>();
    if (subject.type().equals(TF_BUCKET)) {
      for (Node b : graph.parts(subject, type)) {
        blocks.add(new Block(b, true));
      }
      return blocks;
    }
    Value name = subject.config().get("bucket");
    for (Node b : graph.ofType(type)) {
      if (b == subject || !graph.wholes(b).isEmpty() || !sameScope(subject, b)) {
        continue;
      }
      Value other = b.config().get("bucket");
      if (name instanceof StringValue s && other instanceof StringValue o) {
        if (s.value().equals(o.value())) {
          blocks.add(new Block(b, true));
        }
      } else if (name != null && other != null && (!name.isKnown() || !other.isKnown())) {
        blocks.add(new Block(b, false));
      }
    }
    return blocks;
  }

  private static Tri anyTrue(List<Block> blocks, String flag) {
    Tri result = Tri.NO;
    for (Block b : blocks) {
      Tri t = Attributes.isTrue(b.node(), flag, false);
      result = or(result, b.certain() || t != Tri.YES ? t : Tri.UNKNOWN);
    }
    return result;
  }

  /** YES when either is, else UNKNOWN when either is. */
  static Tri or(Tri a, Tri b) {
    return a == Tri.YES || b == Tri.YES ? Tri.YES : a == Tri.UNKNOWN || b == Tri.UNKNOWN ? Tri.UNKNOWN : Tri.NO;
  }

  private static boolean sameScope(Node a, Node b) {
    String sa = a.property(Node.SCOPE);
    String sb = b.property(Node.SCOPE);
    return sa != null && sb != null ? sa.equals(sb) : Objects.equals(a.file(), b.file());
  }

  /** {@code _public_acls} → {@code PublicAcls}. */
  private static String camel(String snake) {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }
}
