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
 * The data-store rules on AWS's own CloudFormation samples (the shared corpus, read in place; skipped
 * when it is absent): the findings reviewed by hand, and the false positives they must not produce.
 */
class DataStoreCorpusTest {
  private static final Pattern DATA_STORE_RULES = Pattern.compile(
      "IAC-AWS-(S3|RDS|REDSHIFT|ELASTICACHE|DOCDB|EFS|SQS|SNS|KINESIS|DYNAMODB|MSK|CLOUDWATCH)-\\d{3}");

  private static ScanResult scanCloudFormation() {
    String root = System.getProperty("iaclint.repoRoot");
    assumeTrue(root != null, "iaclint.repoRoot is not set");
    Path dir = Path.of(root).resolve("../shared/corpus/cloudformation").normalize();
    assumeTrue(Files.isDirectory(dir), "corpus " + dir + " is absent");
    List<Rule> rules = new BuiltinRuleProvider().rules().stream()
        .filter(r -> DATA_STORE_RULES.matcher(r.id()).matches()).toList();
    return new Scanner(rules).scan(ScanRequest.builder().path(dir).build());
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
}
