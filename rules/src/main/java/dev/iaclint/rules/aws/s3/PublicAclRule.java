package dev.iaclint.rules.aws.s3;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.Ranges;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.AttributePath;
import dev.iaclint.core.rule.Attributes;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RuleInfo(
    id = "IAC-AWS-S3-001",
    title = "S3 bucket ACL grants access to everyone",
    severity = Severity.HIGH,
    category = Category.PUBLIC_EXPOSURE,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_s3_bucket", "aws_s3_bucket_acl", "AWS::S3::Bucket"},
    description = """
        The bucket's access control list lets anyone list or read (or, with public-read-write, write)
        its objects: a canned ACL public-read, public-read-write or authenticated-read (any AWS account
        counts as authenticated), in the legacy acl argument of aws_s3_bucket, in aws_s3_bucket_acl, or
        in CloudFormation AccessControl (PublicRead, PublicReadWrite, AuthenticatedRead); or a grant to
        the AllUsers or AuthenticatedUsers group (an access_control_policy grant of aws_s3_bucket_acl,
        or a legacy grant block of aws_s3_bucket). The ACL grants nothing
        when a linked public access block sets ignore_public_acls (IgnorePublicAcls), or when object
        ownership is BucketOwnerEnforced (ACLs disabled, in which case S3 refuses the ACL). A grant of
        write access is CRITICAL. Catalog: PUB-003.""",
    remediation = """
        Remove the public ACL (use acl = "private", or better, disable ACLs with
        aws_s3_bucket_ownership_controls { rule { object_ownership = "BucketOwnerEnforced" } }) and add an
        aws_s3_bucket_public_access_block with all four flags true (PublicAccessBlockConfiguration in
        CloudFormation). Serve public content through CloudFront with origin access control instead.""",
    links = {"https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_acl",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucket.html#cfn-s3-bucket-accesscontrol"},
    checkov = {"CKV_AWS_20", "CKV_AWS_57", "CKV2_AWS_43"},
    trivy = {"AVD-AWS-0092"},
    tfsec = {"aws-s3-no-public-access-with-acl"},
    kics = {"38c5ee0d-7f22-4260-ab72-5073048df100"})
public final class PublicAclRule extends AnnotatedResourceRule {

  /** Public canned ACLs, Terraform's and CloudFormation's names, and whether they let anyone write. */
  private static final Map<String, Boolean> PUBLIC_CANNED = Map.of(
      "public-read", false, "public-read-write", true, "authenticated-read", false,
      "publicread", false, "publicreadwrite", true, "authenticatedread", false);

  private static final String ALL_USERS = "acs.amazonaws.com/groups/global/allusers";
  private static final String AUTHENTICATED_USERS = "acs.amazonaws.com/groups/global/authenticatedusers";

  @Override
  public CheckResult check(Node node, RuleContext context) {
    if (node.type().equals(Buckets.TF_ACL) && Buckets.judgedWithItsBucket(node, context.graph())) {
      return CheckResult.pass();
    }
    Findings found = new Findings();
    if (Buckets.isTerraform(node)) {
      canned(node, node, "acl", found);
      if (node.type().equals(Buckets.TF_ACL)) {
        grants(node, node, found);
      } else {
        inlineGrants(node, found);
      }
      for (Node part : context.graph().parts(node, Buckets.TF_ACL)) {
        canned(node, part, "acl", found);
        grants(node, part, found);
      }
    } else {
      canned(node, node, "AccessControl", found);
    }
    if (found.failures.isEmpty()) {
      return found.unknown != null ? CheckResult.indeterminate(found.unknown, found.unknownAt) : CheckResult.pass();
    }
    Tri ignored = Buckets.or(Buckets.accessBlockFlag(node, context.graph(), "ignore_public_acls"),
        Buckets.aclsDisabled(node, context.graph()));
    if (ignored == Tri.YES) {
      return CheckResult.pass();
    }
    if (ignored == Tri.UNKNOWN) {
      return CheckResult.indeterminate("the ACL is public, but whether a public access block ignores public ACLs"
          + " (or object ownership disables ACLs) is not known", found.failures.get(0).location());
    }
    return CheckResult.fail(found.failures);
  }

  private static void canned(Node judged, Node holder, String attribute, Findings found) {
    Slot acl = Attributes.first(holder, attribute);
    if (acl.isAbsent()) {
      return;
    }
    if (acl.isUnknown()) {
      found.unknown(attribute + " is not known: " + acl.unknown().reason(), acl.location());
      return;
    }
    String name = acl.asString();
    Boolean write = name == null ? null : PUBLIC_CANNED.get(name.toLowerCase(Locale.ROOT));
    if (write == null) {
      return;
    }
    String who = name.toLowerCase(Locale.ROOT).startsWith("authenticated") ? "any AWS account" : "everyone";
    found.failures.add(Failure.at(acl.location(), "S3 bucket ACL is public: the canned ACL " + name + " lets "
            + who + (write ? " list and write" : " list and read") + " the bucket's objects" + acl.originNote(),
            path(judged, holder, attribute))
        .withSeverity(write ? Severity.CRITICAL : Severity.HIGH)
        .withRelated(acl.related()));
  }

  private static void grants(Node judged, Node holder, Findings found) {
    for (Slot grant : grantBlocks(holder, "access_control_policy.grant")) {
      if (grant.isUnknown()) {
        found.unknown(grant.path() + " is not known: " + grant.unknown().reason(), grant.location());
        continue;
      }
      grant(judged, holder, grant, "grantee.uri", "permission", found);
    }
  }

  /**
   * The legacy {@code grant} blocks of {@code aws_s3_bucket} (AWS provider 3.x, deprecated since
   * 4.0): {@code uri} and a set of {@code permissions}.
   */
  private static void inlineGrants(Node bucket, Findings found) {
    for (Slot grant : grantBlocks(bucket, "grant")) {
      if (grant.isUnknown()) {
        found.unknown(grant.path() + " is not known: " + grant.unknown().reason(), grant.location());
      } else {
        grant(bucket, bucket, grant, "uri", "permissions", found);
      }
    }
  }

  /** One grant block: public when its grantee is the AllUsers or AuthenticatedUsers group. */
  private static void grant(Node judged, Node holder, Slot grant, String uriPath, String permissionPath,
      Findings found) {
    Slot uri = within(grant, uriPath);
    Slot permission = within(grant, permissionPath);
    if (uri.isUnknown() || permission.isUnknown()) {
      found.unknown(grant.path() + " is not fully known", grant.location());
      return;
    }
    String group = uri.asString() == null ? "" : uri.asString().toLowerCase(Locale.ROOT);
    String who = group.endsWith(ALL_USERS) ? "everyone (AllUsers)"
        : group.endsWith(AUTHENTICATED_USERS) ? "any AWS account (AuthenticatedUsers)" : null;
    if (who == null) {
      return;
    }
    List<String> permissions = new ArrayList<>();
    boolean write = false;
    for (Value v : permission.isAbsent() ? List.<Value>of() : Values.elements(permission.value())) {
      String p = Values.asString(v) == null ? "" : Values.asString(v).toUpperCase(Locale.ROOT);
      permissions.add(p);
      write |= p.equals("WRITE") || p.equals("WRITE_ACP") || p.equals("FULL_CONTROL");
    }
    String what = permissions.isEmpty() || permissions.contains("") ? "access" : String.join(", ", permissions);
    found.failures.add(Failure.at(uri.location(), "S3 bucket ACL is public: a grant gives " + who + " "
            + what + " permission" + uri.originNote(), path(judged, holder, grant.path() + "." + uriPath))
        .withSeverity(write ? Severity.CRITICAL : Severity.HIGH)
        .withRelated(uri.related()));
  }

  /** Each grant block at {@code path}, one slot per block. */
  private static List<Slot> grantBlocks(Node holder, String path) {
    List<Slot> blocks = new ArrayList<>();
    for (Slot grants : Attributes.slots(holder, path)) {
      if (grants.isAbsent() || grants.isUnknown()) {
        if (grants.isUnknown()) {
          blocks.add(grants);
        }
        continue;
      }
      List<Value> elements = Values.elements(grants.value());
      for (int i = 0; i < elements.size(); i++) {
        Value e = elements.get(i);
        String blockPath = grants.value() instanceof ListValue ? grants.path() + "[" + i + "]" : grants.path();
        blocks.add(new Slot(blockPath, e, e.range() != null ? e.range() : grants.location()));
      }
    }
    return blocks;
  }

  /** {@code relative} inside the block at {@code block}. */
  private static Slot within(Slot block, String relative) {
    return AttributePath.parse(relative).resolve(block.value(), block.path(), block.location(),
        Ranges.firstLine(block.location())).get(0);
  }

  private static String path(Node judged, Node holder, String attribute) {
    return judged == holder ? attribute : holder.address() + "." + attribute;
  }

  /** The public grants found, and the first input that was not known. */
  private static final class Findings {
    final List<Failure> failures = new ArrayList<>();
    String unknown;
    SourceRange unknownAt;

    void unknown(String reason, SourceRange at) {
      if (unknown == null) {
        unknown = reason;
        unknownAt = at;
      }
    }
  }
}
