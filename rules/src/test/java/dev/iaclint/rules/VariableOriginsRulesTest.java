package dev.iaclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding on a value that came from a variable through {@code for_each} ({@code each.value}) or a
 * {@code dynamic} block's iterator says where the variable was set, as it does for {@code var.x}.
 */
class VariableOriginsRulesTest {
  @TempDir
  Path dir;

  private List<Finding> scan(String rule) throws IOException {
    Files.writeString(dir.resolve("main.tf"), """
        variable "domains" {
          type = map(object({ encrypted = bool }))
        }
        variable "ingress" {
          type = list(object({ port = number, cidr = string }))
          default = []
        }
        resource "aws_opensearch_domain" "d" {
          for_each    = var.domains
          domain_name = each.key
          encrypt_at_rest {
            enabled = each.value.encrypted
          }
        }
        resource "aws_security_group" "search" {
          name = "search"
          dynamic "ingress" {
            for_each = var.ingress
            content {
              from_port   = ingress.value.port
              to_port     = ingress.value.port
              protocol    = "tcp"
              cidr_blocks = [ingress.value.cidr]
            }
          }
        }
        """);
    Files.writeString(dir.resolve("terraform.tfvars"), """
        domains = {
          logs = { encrypted = false }
        }
        ingress = [{ port = 9200, cidr = "0.0.0.0/0" }]
        """);
    ScanResult result = new Scanner(new BuiltinRuleProvider().rules()).scan(ScanRequest.builder().path(dir).build());
    return result.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  @Test
  void aValueReadThroughEachValueNamesTheTfvarsEntryThatSetIt() throws IOException {
    List<Finding> findings = scan("IAC-AWS-ES-002");
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.location().toShortString()).isEqualTo("main.tf:12:5");
    assertThat(f.message()).endsWith("value set by variable 'domains' (tfvars file) at terraform.tfvars:1:1");
    assertThat(f.related()).extracting(RelatedLocation::range).extracting(r -> r.toShortString())
        .contains("terraform.tfvars:1:1");
  }

  @Test
  void aValueReadThroughADynamicBlockIteratorNamesTheTfvarsEntryThatSetIt() throws IOException {
    List<Finding> findings = scan("IAC-AWS-VPC-001");
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.location().file().displayPath()).isEqualTo("main.tf");
    assertThat(f.message()).contains("variable 'ingress' (tfvars file) at terraform.tfvars:4:1");
    assertThat(f.related()).extracting(RelatedLocation::range).extracting(r -> r.toShortString())
        .contains("terraform.tfvars:4:1");
  }
}
