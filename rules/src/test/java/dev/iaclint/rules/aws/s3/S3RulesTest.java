package dev.iaclint.rules.aws.s3;

import static dev.iaclint.rules.aws.RuleChecks.failures;
import static dev.iaclint.rules.aws.RuleChecks.passes;
import static dev.iaclint.rules.aws.RuleChecks.undecided;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.testing.YamlGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The S3 rules on hand-built Terraform graphs: split resources, neutralising blocks, defaults. */
class S3RulesTest {

  @Test
  void aPublicAclOnASplitAclResourceIsReportedOnTheBucketAtTheAcl() {
    YamlGraph g = YamlGraph.terraform("""
        aws_s3_bucket.site:
          bucket: site
        aws_s3_bucket_acl.site:
          bucket: !unknown known after apply
          acl: public-read-write
        """).partOf("aws_s3_bucket_acl.site", "aws_s3_bucket.site");

    List<Failure> f = failures("IAC-AWS-S3-001", g, "aws_s3_bucket.site");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.location().startLine()).isEqualTo(5);
      assertThat(x.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(x.attributePath()).isEqualTo("aws_s3_bucket_acl.site.acl");
    });
    passes("IAC-AWS-S3-001", g, "aws_s3_bucket_acl.site");
  }

  @Test
  void ignorePublicAclsOrDisabledAclsNeutraliseAPublicAcl() {
    YamlGraph g = YamlGraph.terraform("""
        aws_s3_bucket.ignored:
          acl: public-read
        aws_s3_bucket_public_access_block.ignored:
          ignore_public_acls: true
        aws_s3_bucket.enforced:
          acl: public-read
        aws_s3_bucket_ownership_controls.enforced:
          rule:
            - object_ownership: BucketOwnerEnforced
        aws_s3_bucket.maybe:
          acl: authenticated-read
        aws_s3_bucket_public_access_block.maybe:
          ignore_public_acls: !unknown var.ignore has no value
        """)
        .partOf("aws_s3_bucket_public_access_block.ignored", "aws_s3_bucket.ignored")
        .partOf("aws_s3_bucket_ownership_controls.enforced", "aws_s3_bucket.enforced")
        .partOf("aws_s3_bucket_public_access_block.maybe", "aws_s3_bucket.maybe");

    passes("IAC-AWS-S3-001", g, "aws_s3_bucket.ignored");
    passes("IAC-AWS-S3-001", g, "aws_s3_bucket.enforced");
    undecided("IAC-AWS-S3-001", g, "aws_s3_bucket.maybe");
  }

  @Test
  void aGrantToAllUsersIsPublicAndAGrantToAnAccountIsNot() {
    YamlGraph g = YamlGraph.terraform("""
        aws_s3_bucket_acl.reports:
          bucket: reports
          access_control_policy:
            - grant:
                - grantee:
                    - type: CanonicalUser
                      id: abc
                  permission: FULL_CONTROL
                - grantee:
                    - type: Group
                      uri: http://acs.amazonaws.com/groups/global/AuthenticatedUsers
                  permission: READ
        """);

    List<Failure> f = failures("IAC-AWS-S3-001", g, "aws_s3_bucket_acl.reports");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.location().startLine()).isEqualTo(11);
      assertThat(x.message()).contains("any AWS account (AuthenticatedUsers) READ");
    });
  }

  @Test
  void anUnlinkedAclIsNeutralisedByABlockForTheSameNamedBucket() {
    YamlGraph g = YamlGraph.terraform("""
        aws_s3_bucket_acl.a:
          bucket: shared
          acl: public-read
        aws_s3_bucket_public_access_block.a:
          bucket: shared
          ignore_public_acls: true
        aws_s3_bucket_acl.b:
          bucket: other
          acl: public-read
        """);

    passes("IAC-AWS-S3-001", g, "aws_s3_bucket_acl.a");
    assertThat(failures("IAC-AWS-S3-001", g, "aws_s3_bucket_acl.b")).hasSize(1);
  }

  @Test
  void aPublicBucketPolicyIsCriticalWhenItAllowsWritesAndNeutralisedByRestrictPublicBuckets() {
    YamlGraph g = YamlGraph.terraform("""
        aws_s3_bucket.open:
          bucket: open
        aws_s3_bucket_policy.open:
          policy:
            Statement:
              - Effect: Allow
                Principal: "*"
                Action: s3:*
        aws_s3_bucket.restricted:
          bucket: restricted
          policy:
            Statement:
              - Effect: Allow
                Principal: "*"
                Action: s3:GetObject
        aws_s3_bucket_public_access_block.restricted:
          restrict_public_buckets: true
        """)
        .partOf("aws_s3_bucket_policy.open", "aws_s3_bucket.open")
        .partOf("aws_s3_bucket_public_access_block.restricted", "aws_s3_bucket.restricted");

    assertThat(failures("IAC-AWS-S3-002", g, "aws_s3_bucket.open")).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.CRITICAL));
    passes("IAC-AWS-S3-002", g, "aws_s3_bucket_policy.open");
    passes("IAC-AWS-S3-002", g, "aws_s3_bucket.restricted");
  }

  @Test
  void aBucketWithoutATlsOnlyPolicyFailsAndAnUnknownPolicyIsUndecided() {
    YamlGraph g = YamlGraph.terraform("""
        aws_s3_bucket.none:
          bucket: none
        aws_s3_bucket.tls:
          bucket: tls
          policy:
            Statement:
              - Effect: Deny
                Principal: "*"
                Action: "*"
                Condition:
                  Bool:
                    aws:SecureTransport: "false"
        aws_s3_bucket.unknown:
          bucket: unknown
        aws_s3_bucket_policy.unknown:
          policy: !unknown data.aws_iam_policy_document.x.json is known after apply
        """).partOf("aws_s3_bucket_policy.unknown", "aws_s3_bucket.unknown");

    assertThat(failures("IAC-AWS-S3-005", g, "aws_s3_bucket.none")).singleElement()
        .satisfies(x -> assertThat(x.location().startLine()).isEqualTo(1));
    passes("IAC-AWS-S3-005", g, "aws_s3_bucket.tls");
    undecided("IAC-AWS-S3-005", g, "aws_s3_bucket.unknown");
  }

  @Test
  void aPublicAccessBlockLeavingOutAFlagIsIncompleteAndAMissingOneIsLow() {
    YamlGraph g = YamlGraph.terraform("""
        aws_s3_bucket.none:
          bucket: none
        aws_s3_bucket.partial:
          bucket: partial
        aws_s3_bucket_public_access_block.partial:
          block_public_acls: true
          block_public_policy: true
          ignore_public_acls: true
        """).partOf("aws_s3_bucket_public_access_block.partial", "aws_s3_bucket.partial")
        .edge("aws_s3_bucket_public_access_block.partial", EdgeKind.REFERENCE, "aws_s3_bucket.partial", "bucket");

    assertThat(failures("IAC-AWS-S3-003", g, "aws_s3_bucket.none")).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.LOW));
    assertThat(failures("IAC-AWS-S3-003", g, "aws_s3_bucket.partial")).singleElement().satisfies(x -> {
      assertThat(x.location().startLine()).isEqualTo(5);
      assertThat(x.message()).contains("restrict_public_buckets is not set (default: false)");
    });
  }
}
