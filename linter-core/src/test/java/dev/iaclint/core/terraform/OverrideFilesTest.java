package dev.iaclint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.Value;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terraform's override files ({@code override.tf}, {@code *_override.tf}) merged into the module. */
class OverrideFilesTest {
  @TempDir
  Path dir;

  private TerraformFixture fixture;
  private List<Diagnostic> diagnostics;

  private void write(String path, String text) throws IOException {
    if (fixture == null) {
      fixture = new TerraformFixture(dir);
    }
    fixture.write(path, text);
  }

  private void load() throws IOException {
    fixture.load(ScanRequest.builder().path(dir).build());
    diagnostics = fixture.diagnostics;
  }

  private List<Node> nodes(String address) {
    return fixture.nodes(address);
  }

  private Node node(String address) {
    List<Node> found = nodes(address);
    assertThat(found).as("nodes at " + address).hasSize(1);
    return found.get(0);
  }

  private static MapValue block(Node n, String type, int index) {
    return (MapValue) ((ListValue) n.config().get(type)).get(index);
  }

  @Test
  void anOverriddenAttributeReplacesTheOriginalAndPointsIntoTheOverrideFile() throws IOException {
    write("main.tf", """
        resource "aws_s3_bucket_acl" "a" {
          bucket = "logs"
          acl    = "private"
        }
        """);
    write("override.tf", """
        resource "aws_s3_bucket_acl" "a" {
          acl = "public-read"
        }
        """);
    load();
    Node acl = node("aws_s3_bucket_acl.a");
    assertThat(acl.config().get("acl").render()).isEqualTo("\"public-read\"");
    assertThat(acl.config().get("bucket").render()).isEqualTo("\"logs\"");
    assertThat(acl.config().memberRange("acl").file().displayPath()).isEqualTo("override.tf");
    assertThat(acl.config().memberRange("acl").startLine()).isEqualTo(2);
    assertThat(acl.config().memberRange("bucket").file().displayPath()).isEqualTo("main.tf");
    assertThat(acl.file().displayPath()).isEqualTo("main.tf");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void aNestedBlockInAnOverrideReplacesEveryBlockOfThatTypeIncludingDynamicOnes() throws IOException {
    write("main.tf", """
        resource "aws_security_group" "sg" {
          name = "es"
          ingress {
            from_port = 22
          }
          dynamic "ingress" {
            for_each = [80, 8080]
            content {
              from_port = ingress.value
            }
          }
          egress {
            from_port = 0
          }
        }
        resource "aws_security_group" "other" {
          ingress {
            from_port = 22
          }
        }
        """);
    write("sg_override.tf", """
        resource "aws_security_group" "sg" {
          ingress {
            from_port = 443
          }
        }
        resource "aws_security_group" "other" {
          dynamic "ingress" {
            for_each = [9200, 9300]
            content {
              from_port = ingress.value
            }
          }
        }
        """);
    load();
    Node sg = node("aws_security_group.sg");
    ListValue ingress = (ListValue) sg.config().get("ingress");
    assertThat(ingress.elements()).extracting(v -> ((MapValue) v).get("from_port").render()).containsExactly("443");
    assertThat(ingress.get(0).range().file().displayPath()).isEqualTo("sg_override.tf");
    assertThat(block(sg, "egress", 0).get("from_port").render()).isEqualTo("0");
    assertThat(sg.config().get("name").render()).isEqualTo("\"es\"");
    ListValue other = (ListValue) node("aws_security_group.other").config().get("ingress");
    assertThat(other.elements()).extracting(v -> ((MapValue) v).get("from_port").render())
        .containsExactly("9200", "9300");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void aVariableDefaultOverriddenIsTheValueAndItsOriginIsTheOverrideFile() throws IOException {
    write("variables.tf", """
        variable "encrypt" {
          type    = bool
          default = true
        }
        """);
    write("main.tf", """
        output "encrypt" {
          value = var.encrypt
        }
        """);
    write("override.tf", """
        variable "encrypt" {
          default = false
        }
        """);
    load();
    Value v = node("output.encrypt").config().get("value");
    assertThat(v.render()).isEqualTo("false");
    Origin.Step source = v.origin().source();
    assertThat(source.kind()).isEqualTo(Origin.Kind.VARIABLE_DEFAULT);
    assertThat(source.range().file().displayPath()).isEqualTo("override.tf");
    assertThat(source.range().startLine()).isEqualTo(2);
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void localsAreOverriddenOneByOneWhicheverLocalsBlockHoldsThem() throws IOException {
    write("main.tf", """
        locals {
          a = 1
          b = 2
        }
        locals {
          c = 3
        }
        output "all" {
          value = [local.a, local.b, local.c]
        }
        """);
    write("override.tf", """
        locals {
          b = 20
          c = 30
        }
        """);
    load();
    assertThat(node("output.all").config().get("value").render()).isEqualTo("[1, 20, 30]");
    assertThat(node("local.b").config().get("value").range().file().displayPath()).isEqualTo("override.tf");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void overrideFilesApplyInLexicalOrderAfterTheNormalFilesWhateverTheirPlace() throws IOException {
    write("a.tf", """
        resource "aws_sqs_queue" "q" {
          name = "a"
        }
        """);
    write("a_override.tf", """
        resource "aws_sqs_queue" "q" {
          name = "a_override"
        }
        """);
    write("b_override.tf", """
        resource "aws_sqs_queue" "q" {
          name = "b_override"
        }
        """);
    write("z.tf", """
        output "name" {
          value = aws_sqs_queue.q.name
        }
        """);
    load();
    assertThat(node("aws_sqs_queue.q").config().get("name").render()).isEqualTo("\"b_override\"");
    assertThat(node("output.name").config().get("value").render()).isEqualTo("\"b_override\"");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void anOverrideWithoutAnOriginalIsReportedWhereItIsWrittenAndTheRestGoesOn() throws IOException {
    write("main.tf", """
        resource "aws_sqs_queue" "q" {
          name = "q"
        }
        locals {
          a = 1
        }
        """);
    write("override.tf", """
        resource "aws_sqs_queue" "q" {
          name = "overridden"
        }

        resource "aws_sqs_queue" "typo" {
          name = "t"
        }
        locals {
          missing = 2
        }
        """);
    load();
    assertThat(node("aws_sqs_queue.q").config().get("name").render()).isEqualTo("\"overridden\"");
    assertThat(nodes("aws_sqs_queue.typo")).isEmpty();
    assertThat(nodes("local.missing")).isEmpty();
    assertThat(diagnostics).extracting(d -> d.range().file().displayPath() + ":" + d.range().startLine() + ":"
        + d.range().startColumn() + " " + d.severity())
        .containsExactly("override.tf:5:1 WARNING", "override.tf:9:3 WARNING");
    assertThat(diagnostics.get(0).message()).contains("resource \"aws_sqs_queue\" \"typo\"");
    assertThat(diagnostics.get(1).message()).contains("local.missing");
  }

  @Test
  void aJsonOverrideFileMergesLikeANativeOne() throws IOException {
    write("main.tf", """
        resource "aws_elasticsearch_domain" "es" {
          domain_name = "logs"
          encrypt_at_rest {
            enabled = true
          }
        }
        """);
    write("override.tf.json", """
        {
          "resource": {
            "aws_elasticsearch_domain": {
              "es": {
                "domain_name": "search",
                "encrypt_at_rest": {"enabled": false}
              }
            }
          }
        }
        """);
    load();
    Node es = node("aws_elasticsearch_domain.es");
    assertThat(es.config().get("domain_name").render()).isEqualTo("\"search\"");
    Value encrypt = es.config().get("encrypt_at_rest");
    assertThat(encrypt.range().file().displayPath()).isEqualTo("override.tf.json");
    assertThat(encrypt.render()).contains("enabled").contains("false").doesNotContain("true");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void aDefaultProviderMayBeOverriddenWithoutAnOriginalButAnAliasedOneMayNot() throws IOException {
    write("main.tf", """
        resource "aws_sqs_queue" "q" {
          name = "q"
        }
        """);
    write("override.tf", """
        provider "aws" {
          region = "eu-west-1"
        }
        provider "aws" {
          alias  = "east"
          region = "us-east-1"
        }
        """);
    load();
    assertThat(diagnostics).extracting(d -> d.range().file().displayPath() + ":" + d.range().startLine())
        .containsExactly("override.tf:4");
    assertThat(diagnostics.get(0).message()).contains("provider \"aws\"").contains("east");
  }
}
