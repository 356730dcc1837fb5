package dev.iaclint.rules.gcp.gcs;

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
import dev.iaclint.core.value.UnknownValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "IAC-GCP-GCS-001",
    title = "Cloud Storage bucket IAM grants access to allUsers or allAuthenticatedUsers",
    severity = Severity.HIGH,
    category = Category.PUBLIC_EXPOSURE,
    formats = SourceFormat.TERRAFORM,
    types = {"google_storage_bucket_iam_member", "google_storage_bucket_iam_binding",
        "google_storage_bucket_iam_policy"},
    checkov = "CKV_GCP_28",
    trivy = "AVD-GCP-0001",
    tfsec = "google-storage-no-public-access",
    kics = "c010082c-76e0-4b91-91d9-6e8439e455dd",
    description = """
        A bucket IAM grant to allUsers makes the bucket's objects available to anyone on the internet
        without credentials; allAuthenticatedUsers means anyone with a Google account, which is no
        narrower. Grants are read where they are written: member of google_storage_bucket_iam_member,
        members of google_storage_bucket_iam_binding, and the policy_data of
        google_storage_bucket_iam_policy (the binding blocks of the data "google_iam_policy" it uses,
        or a jsonencode'd policy). HIGH for roles that read; CRITICAL for roles that can also write or
        delete objects or change the bucket (objectAdmin, objectCreator, objectUser, admin and the
        legacy writer/owner roles). A linked bucket with public_access_prevention = "enforced" makes
        Cloud Storage refuse such grants, so they pass. Public ACL entries are IAC-GCP-GCS-002.
        Catalog: PUB-009.""",
    remediation = """
        Grant the role to the users, groups or service accounts that need it; serve public content
        through Cloud CDN with a private origin or signed URLs; set public_access_prevention =
        "enforced" on buckets that must never be public.""",
    links = {"https://cloud.google.com/storage/docs/access-control/making-data-public",
        "https://cloud.google.com/storage/docs/public-access-prevention",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam",
        "https://registry.terraform.io/providers/hashicorp/google/latest/docs/data-sources/iam_policy"})
public final class PublicBucketIamRule extends AnnotatedResourceRule {
  private static final Set<String> PUBLIC_MEMBERS = Set.of("allUsers", "allAuthenticatedUsers");
  private static final Set<String> WRITE_ROLES = Set.of("roles/storage.admin", "roles/storage.objectAdmin",
      "roles/storage.objectCreator", "roles/storage.objectUser", "roles/storage.legacyBucketWriter",
      "roles/storage.legacyBucketOwner", "roles/storage.legacyObjectOwner");

  @Override
  public CheckResult check(Node node, RuleContext context) {
    Slot unknownPrevention = null;
    for (Node bucket : context.graph().wholes(node)) {
      Slot prevention = Attributes.first(bucket, "public_access_prevention");
      if ("enforced".equals(prevention.asString())) {
        return CheckResult.pass();
      }
      unknownPrevention = prevention.isUnknown() ? prevention : unknownPrevention;
    }
    BucketIamGrants.Read read = BucketIamGrants.of(node, context.graph());
    List<Failure> failures = new ArrayList<>();
    BucketIamGrants.Grant undecided = null;
    for (BucketIamGrants.Grant g : read.grants()) {
      String member = Values.asString(g.member());
      if (member != null && PUBLIC_MEMBERS.contains(member)) {
        failures.add(failure(g, member));
      } else if (g.member() instanceof UnknownValue && undecided == null) {
        undecided = g;
      }
    }
    if (!failures.isEmpty() && unknownPrevention != null) {
      return CheckResult.indeterminate("the bucket's public_access_prevention is not known: "
          + unknownPrevention.unknown().reason(), unknownPrevention.location());
    }
    if (!failures.isEmpty()) {
      return CheckResult.fail(failures);
    }
    if (read.unknown() != null) {
      return CheckResult.indeterminate("the policy's members are not known: " + read.unknown().reason(),
          node.config().memberRange("policy_data"));
    }
    if (undecided != null) {
      return CheckResult.indeterminate("the member is not known: " + ((UnknownValue) undecided.member()).reason(),
          undecided.location());
    }
    return CheckResult.pass();
  }

  private static Failure failure(BucketIamGrants.Grant g, String member) {
    String role = g.role() == null ? null : Values.asString(g.role());
    boolean writes = role != null && WRITE_ROLES.contains(role);
    String who = member.equals("allUsers") ? "anyone on the internet" : "anyone with a Google account";
    // Predefined role names are not configuration secrets; custom role names are not quoted.
    String named = role != null && role.startsWith("roles/") ? role : "a custom role";
    String what = role == null ? "a role on the bucket" : writes ? named + ", which can change the bucket's data"
        : named;
    return Failure.at(g.location(), "Bucket IAM grants " + member + " (" + who + ") " + what
            + Values.originNote(g.member()), g.path())
        .withSeverity(writes ? Severity.CRITICAL : Severity.HIGH)
        .withRelated(Values.origins(g.member()));
  }
}
