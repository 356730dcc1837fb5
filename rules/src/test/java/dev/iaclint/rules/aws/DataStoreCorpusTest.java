package dev.iaclint.rules.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import dev.iaclint.rules.BuiltinRuleProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The data-store rules on real configurations nobody here wrote: AWS's CloudFormation samples and the
 * Terraform modules and examples of the shared corpus (read in place; skipped when it is absent). The
 * findings were reviewed by hand; these tests keep them, and keep out the false positives fixed.
 */
class DataStoreCorpusTest {
  private static final Pattern DATA_STORE_RULES = Pattern.compile(
      "IAC-AWS-(S3|RDS|REDSHIFT|ELASTICACHE|DOCDB|EFS|SQS|SNS|KINESIS|DYNAMODB|MSK|CLOUDWATCH)-\\d{3}");

  private static ScanResult scanCloudFormation() {
    return scan("cloudformation");
  }

  /** Each corpus is scanned once for all tests of the class (the Terraform corpus takes a while). */
  private static final Map<String, ScanResult> SCANS = new java.util.concurrent.ConcurrentHashMap<>();

  private static ScanResult scan(String kind) {
    ScanResult cached = SCANS.get(kind);
    if (cached != null) {
      return cached;
    }
    ScanResult result = scanNow(kind);
    SCANS.put(kind, result);
    return result;
  }

  private static ScanResult scanNow(String kind) {
    String root = System.getProperty("iaclint.repoRoot");
    assumeTrue(root != null, "iaclint.repoRoot is not set");
    Path dir = Path.of(root).resolve("../shared/corpus").resolve(kind).normalize();
    assumeTrue(Files.isDirectory(dir), "corpus " + dir + " is absent");
    List<Rule> rules = new BuiltinRuleProvider().rules().stream()
        .filter(r -> DATA_STORE_RULES.matcher(r.id()).matches()).toList();
    ScanRequest.Builder request = ScanRequest.builder().path(dir);
    // Repositories with no data store of these rules' kinds: left out to keep the test quick.
    for (String repo : List.of("terraform-aws-modules__terraform-aws-eks", "terraform-aws-modules__terraform-aws-vpc",
        "terraform-aws-modules__terraform-aws-security-group", "terraform-aws-modules__terraform-aws-iam",
        "terraform-google-modules__terraform-google-kubernetes-engine", "Azure__terraform-azurerm-aks")) {
      request.excludePath(repo + "/**");
    }
    return new Scanner(rules).scan(request.build());
  }

  @Test
  void awsSamplesGiveTheReviewedFindings() {
    ScanResult result = scanCloudFormation();
    Map<String, Integer> counts = new TreeMap<>();
    for (Finding f : result.findings()) {
      counts.merge(f.ruleId(), 1, Integer::sum);
    }

    // Reviewed: buckets without a TLS-only policy or a public access block (S3/, Config/, macros
    // samples); SNS topics without a key; tables without a customer key; a Redis 2.8 group with
    // neither AUTH nor encryption (ElastiCache/Elasticache-snapshot, JSON and YAML). Every RDS
    // sample encrypts and keeps PubliclyAccessible false; every EFS sample encrypts; SQS queues
    // keep the SSE-SQS default.
    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
        "IAC-AWS-S3-003", 26, "IAC-AWS-S3-005", 37, "IAC-AWS-SNS-001", 6, "IAC-AWS-DYNAMODB-001", 6,
        "IAC-AWS-ELASTICACHE-001", 2, "IAC-AWS-ELASTICACHE-002", 2, "IAC-AWS-ELASTICACHE-003", 2));
  }

  @Test
  void bucketPoliciesNamingTheBucketByTheSameSubExpressionAreLinked() {
    ScanResult result = scanCloudFormation();

    // compliant-static-website names each bucket with !Sub ${AppName}-…-${AWS::AccountId} in both
    // the bucket and its TLS-only policy: the policy is found, so no bucket is reported.
    assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("IAC-AWS-S3-005")
        && f.location().file().displayPath().contains("compliant-static-website"));
    assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("IAC-AWS-S3-001")
        || f.ruleId().equals("IAC-AWS-S3-002"));
  }

  @Test
  void terraformModulesGiveTheReviewedFindings() {
    ScanResult result = scan("terraform");
    List<String> modules = result.findings().stream()
        .filter(f -> !f.location().file().displayPath().startsWith("bridgecrewio__terragoat/"))
        .map(f -> f.location().file().displayPath() + ":" + f.location().startLine() + " " + f.ruleId() + " "
            + f.resource())
        .toList();

    // Reviewed: examples that leave out what the modules' defaults would set (AUTH on Redis, TLS-only
    // bucket policies, topic/stream/table/file-system keys), and the OpenSearch module's slow-log
    // groups without a key. The Redis global datastore's secondary takes the primary's settings.
    assertThat(modules).containsExactlyInAnyOrder(
        "terraform-aws-modules__terraform-aws-elasticache/main.tf:81 IAC-AWS-ELASTICACHE-001"
            + " module.replication_group_with_cluster_replica.aws_elasticache_replication_group.this[0]",
        "terraform-aws-modules__terraform-aws-elasticache/main.tf:159 IAC-AWS-ELASTICACHE-001"
            + " module.elasticache_primary.aws_elasticache_replication_group.global[0]",
        "terraform-aws-modules__terraform-aws-lambda/examples/async/main.tf:34 IAC-AWS-SNS-001 aws_sns_topic.async",
        "terraform-aws-modules__terraform-aws-lambda/examples/deploy/main.tf:77 IAC-AWS-SNS-001 aws_sns_topic.sns1",
        "terraform-aws-modules__terraform-aws-lambda/examples/deploy/main.tf:81 IAC-AWS-SNS-001 aws_sns_topic.sns2",
        "terraform-aws-modules__terraform-aws-lambda/examples/event-source-mapping/main.tf:216 IAC-AWS-DYNAMODB-001"
            + " aws_dynamodb_table.this",
        "terraform-aws-modules__terraform-aws-lambda/examples/event-source-mapping/main.tf:236 IAC-AWS-KINESIS-001"
            + " aws_kinesis_stream.this",
        "terraform-aws-modules__terraform-aws-lambda/examples/with-efs/main.tf:60 IAC-AWS-EFS-001"
            + " aws_efs_file_system.shared",
        "terraform-aws-modules__terraform-aws-opensearch/main.tf:492 IAC-AWS-CLOUDWATCH-001"
            + " module.opensearch.aws_cloudwatch_log_group.this[\"INDEX_SLOW_LOGS\"]",
        "terraform-aws-modules__terraform-aws-opensearch/main.tf:492 IAC-AWS-CLOUDWATCH-001"
            + " module.opensearch.aws_cloudwatch_log_group.this[\"SEARCH_SLOW_LOGS\"]",
        s3("cloudfront_log_bucket"), s3("inventory_source_bucket"), s3("inventory_source_bucket"),
        s3("replica_bucket"), s3("s3_bucket"), s3("s3_bucket"), s3("s3_bucket"), s3("s3_bucket_with_object_lock"),
        s3("simple_account_regional_bucket"), s3("simple_bucket"));
  }

  @Test
  void terragoatIsFoundVulnerableWhereItMeansToBe() {
    ScanResult result = scan("terraform");
    Map<String, Integer> counts = new TreeMap<>();
    result.findings().stream().filter(f -> f.location().file().displayPath().startsWith("bridgecrewio__terragoat/"))
        .forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));

    // The public, unencrypted database, nine Aurora clusters without storage encryption, and six
    // buckets with neither a public access block nor a TLS-only policy.
    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("IAC-AWS-RDS-001", 1, "IAC-AWS-RDS-002", 1,
        "IAC-AWS-RDS-003", 9, "IAC-AWS-S3-003", 6, "IAC-AWS-S3-005", 6));
  }

  /** A bucket of the S3 module whose example attaches no TLS-only policy. */
  private static String s3(String module) {
    return "terraform-aws-modules__terraform-aws-s3-bucket/main.tf:45 IAC-AWS-S3-005 module." + module
        + ".aws_s3_bucket.this[0]";
  }
}
