package dev.iaclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import dev.iaclint.rules.BuiltinRuleProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Elasticsearch/OpenSearch and S3 rules judge a Terraform plan ({@code terraform show -json}) as they
 * judge {@code .tf} files. The plan is linter-core's hand-written fixture: a module {@code search}
 * whose counted {@code aws_opensearch_domain} has no encryption at rest, no VPC, node-to-node
 * encryption and HTTPS enforcement off, TLS 1.0, anonymous access on and a public access policy.
 * Its bucket's public access block turns every protection off.
 * (Rule examples cannot carry plans: their {@code expect:} markers are comments, which JSON has not.)
 */
class TerraformPlanRulesTest {
  private static final String DOMAIN = "module.search.aws_opensearch_domain.this[0]";
  private static String plan;
  private static ScanResult result;

  @BeforeAll
  static void scan(@TempDir Path dir) throws IOException {
    try (InputStream in = TerraformPlanRulesTest.class.getResourceAsStream("/terraform-plan/search-plan.json")) {
      plan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("plan.json"), plan);
    result = new Scanner(new BuiltinRuleProvider().rules()).scan(ScanRequest.builder().path(dir).build());
  }

  /** The 1-based line of the first occurrence of {@code snippet}: the plan's planned_values come first. */
  private static int lineOf(String snippet) {
    String[] lines = plan.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(snippet)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + snippet);
  }

  private static List<String> findings() {
    return result.findings().stream()
        .filter(f -> f.ruleId().startsWith("IAC-AWS-ES-"))
        .map(TerraformPlanRulesTest::describe)
        .toList();
  }

  private static String describe(Finding f) {
    return f.ruleId() + " " + f.resource() + " " + f.location().file().displayPath() + ":" + f.location().startLine();
  }

  @Test
  void thePlanLoadsWithoutErrors() {
    assertThat(result.errors()).isEmpty();
    assertThat(result.filesScanned()).isEqualTo(1);
  }

  @Test
  void theSearchRulesFireOnThePlannedDomainAtThePlannedValues() {
    int header = lineOf("\"address\": \"" + DOMAIN + "\"");
    assertThat(findings()).containsExactlyInAnyOrder(
        "IAC-AWS-ES-001 " + DOMAIN + " plan.json:" + lineOf("\"access_policies\": "),
        "IAC-AWS-ES-002 " + DOMAIN + " plan.json:" + header,
        "IAC-AWS-ES-003 " + DOMAIN + " plan.json:" + header,
        "IAC-AWS-ES-005 " + DOMAIN + " plan.json:" + lineOf("\"anonymous_auth_enabled\": true"),
        "IAC-AWS-ES-008 " + DOMAIN + " plan.json:" + lineOf("\"enforce_https\": false"),
        "IAC-AWS-ES-009 " + DOMAIN + " plan.json:" + lineOf("\"tls_security_policy\": "),
        "IAC-AWS-ES-010 " + DOMAIN + " plan.json:" + (lineOf("\"node_to_node_encryption\": [") + 2),
        "IAC-AWS-ES-011 " + DOMAIN + " plan.json:" + header,
        "IAC-AWS-ES-012 " + DOMAIN + " plan.json:" + header);
  }

  @Test
  void theBucketIsJudgedWithThePublicAccessBlockThePlanLinksToIt() {
    // bucket = aws_s3_bucket.logs.id is unknown in the plan: the link comes from the configuration.
    assertThat(result.findings().stream().filter(f -> f.ruleId().startsWith("IAC-AWS-S3-"))
        .map(TerraformPlanRulesTest::describe).toList()).containsExactlyInAnyOrder(
        "IAC-AWS-S3-003 aws_s3_bucket.logs plan.json:" + lineOf("\"block_public_acls\": false"),
        "IAC-AWS-S3-005 aws_s3_bucket.logs plan.json:" + lineOf("\"address\": \"aws_s3_bucket.logs\""));
  }

  @Test
  void fineGrainedAccessControlThatThePlanEnablesPasses() {
    assertThat(result.passed()).anyMatch(p -> p.ruleId().equals("IAC-AWS-ES-004"));
    assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("IAC-AWS-ES-004"));
  }

  @Test
  void theSameConfigurationWrittenAsTfFilesGetsTheSameSearchFindings(@TempDir Path dir) throws IOException {
    // The .tf source of the plan's search module, and the root module that calls it.
    Files.writeString(dir.resolve("main.tf"), """
        variable "create_search" {
          default = true
        }

        variable "master_password" {
          type      = string
          sensitive = true
        }

        module "search" {
          source          = "./modules/search"
          create          = var.create_search
          domain_name     = "logs"
          master_password = var.master_password
        }
        """);
    Files.createDirectories(dir.resolve("modules/search"));
    Files.writeString(dir.resolve("modules/search/main.tf"), """
        variable "create" {
          default = true
        }

        variable "domain_name" {
          description = "Name of the OpenSearch domain"
        }

        variable "master_password" {
          sensitive = true
        }

        resource "aws_opensearch_domain" "this" {
          count           = var.create ? 1 : 0
          domain_name     = var.domain_name
          engine_version  = "OpenSearch_2.11"
          access_policies = <<-POLICY
            %s
          POLICY

          advanced_security_options {
            enabled                        = true
            anonymous_auth_enabled         = true
            internal_user_database_enabled = true
            master_user_options {
              master_user_name     = "admin"
              master_user_password = var.master_password
            }
          }

          cluster_config {
            instance_type = "t3.small.search"
          }

          domain_endpoint_options {
            enforce_https       = false
            tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
          }

          ebs_options {
            ebs_enabled = true
            volume_size = 10
            volume_type = "gp3"
          }

          node_to_node_encryption {
            enabled = false
          }
        }

        output "endpoint" {
          value = aws_opensearch_domain.this[0].endpoint
        }
        """.formatted(policy()));
    ScanResult fromTf = new Scanner(new BuiltinRuleProvider().rules()).scan(ScanRequest.builder().path(dir).build());
    assertThat(searchRuleIds(fromTf)).isNotEmpty().isEqualTo(searchRuleIds(result));
  }

  /** The access policy as the plan holds it (a JSON string in planned_values). */
  private static String policy() {
    int start = plan.indexOf("\"access_policies\": \"") + "\"access_policies\": \"".length();
    return plan.substring(start, plan.indexOf("\",\n", start)).replace("\\\"", "\"");
  }

  private static List<String> searchRuleIds(ScanResult scan) {
    return scan.findings().stream()
        .filter(f -> f.resource().equals(DOMAIN))
        .map(Finding::ruleId)
        .sorted()
        .toList();
  }
}
