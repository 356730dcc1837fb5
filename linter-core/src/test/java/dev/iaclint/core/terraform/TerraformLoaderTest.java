package dev.iaclint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.policy.PolicyAnalysis;
import dev.iaclint.core.policy.PolicyDocument;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformLoaderTest {
  @TempDir
  Path dir;

  private ResourceGraph graph;
  private List<Diagnostic> diagnostics;

  private TerraformFixture fixture;

  private TerraformFixture fixture() {
    if (fixture == null) {
      fixture = new TerraformFixture(dir);
    }
    return fixture;
  }

  private void write(String path, String text) throws IOException {
    fixture().write(path, text);
  }

  private void load() throws IOException {
    load(ScanRequest.builder().path(dir).build());
  }

  private void load(ScanRequest request) throws IOException {
    fixture().load(request);
    graph = fixture().graph;
    diagnostics = fixture().diagnostics;
  }

  private Node node(String address) {
    return fixture().node(address);
  }

  private static String at(Node n, String key) {
    return n.config().get(key).render();
  }

  @Test
  void resourcesGetAddressesTypesRangesAndEvaluatedConfiguration() throws IOException {
    write("main.tf", """
        variable "name" {
          default = "logs"
        }
        locals {
          full = "${var.name}-prod"
        }
        resource "aws_s3_bucket" "b" {
          bucket = local.full
          tags   = { env = "prod" }
        }
        """);
    load();
    Node b = node("aws_s3_bucket.b");
    assertThat(b.kind()).isEqualTo(NodeKind.RESOURCE);
    assertThat(b.type()).isEqualTo("aws_s3_bucket");
    assertThat(b.range().startLine()).isEqualTo(7);
    assertThat(at(b, "bucket")).isEqualTo("\"logs-prod\"");
    assertThat(b.config().memberRange("bucket").startLine()).isEqualTo(8);
    assertThat(node("var.name").kind()).isEqualTo(NodeKind.VARIABLE);
    assertThat(node("local.full").kind()).isEqualTo(NodeKind.LOCAL);
    assertThat(graph.referencedBy(b)).containsExactly(node("local.full"));
    Edge e = graph.outgoing(b).get(0);
    assertThat(e.attribute()).isEqualTo("bucket");
    assertThat(e.range().startLine()).isEqualTo(8);
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void countAndForEachOverAMapOfObjectsExpandIntoAddressedInstances() throws IOException {
    write("main.tf", """
        variable "domains" {
          type = map(object({ version = string, encrypted = optional(bool, true) }))
          default = {
            logs    = { version = "OpenSearch_2.11" }
            metrics = { version = "OpenSearch_2.9", encrypted = false }
          }
        }
        resource "aws_opensearch_domain" "d" {
          for_each       = var.domains
          domain_name    = each.key
          engine_version = each.value.version
          encrypt_at_rest {
            enabled = each.value.encrypted
          }
        }
        resource "aws_sqs_queue" "q" {
          count = 2
          name  = "q-${count.index}"
        }
        """);
    load();
    Node logs = node("aws_opensearch_domain.d[\"logs\"]");
    Node metrics = node("aws_opensearch_domain.d[\"metrics\"]");
    assertThat(at(logs, "domain_name")).isEqualTo("\"logs\"");
    assertThat(at(metrics, "engine_version")).isEqualTo("\"OpenSearch_2.9\"");
    ListValue blocks = (ListValue) logs.config().get("encrypt_at_rest");
    assertThat(blocks.kind()).isEqualTo(ListValue.Kind.BLOCKS);
    MapValue block = (MapValue) blocks.get(0);
    assertThat(block.kind()).isEqualTo(MapValue.Kind.BLOCK);
    assertThat(block.get("enabled").render()).isEqualTo("true");
    assertThat(((MapValue) ((ListValue) metrics.config().get("encrypt_at_rest")).get(0)).get("enabled").render())
        .isEqualTo("false");
    assertThat(at(node("aws_sqs_queue.q[1]"), "name")).isEqualTo("\"q-1\"");
    assertThat(graph.nodes()).extracting(Node::address).doesNotContain("aws_sqs_queue.q[2]", "aws_sqs_queue.q");
  }

  @Test
  void aGeneratedIdentifierOfAnotherResourceIsKnownToBeSetThoughItsValueIsNot() throws IOException {
    write("main.tf", """
        resource "aws_db_instance" "primary" {
          engine = "postgres"
        }
        resource "aws_db_instance" "replica" {
          replicate_source_db = aws_db_instance.primary.identifier
          kms_key_id          = aws_db_instance.primary.kms_key_id
        }
        """);
    load();
    Node replica = node("aws_db_instance.replica");
    UnknownValue source = (UnknownValue) replica.config().get("replicate_source_db");
    assertThat(source.present()).isTrue();
    // an optional attribute the primary leaves out may stay null
    assertThat(((UnknownValue) replica.config().get("kms_key_id")).present()).isFalse();
  }

  @Test
  void eachValueOfAForEachOverResourcesRefersToTheMatchingInstance() throws IOException {
    write("main.tf", """
        resource "aws_s3_bucket" "b" {
          for_each = toset(["logs", "site"])
          bucket   = "acme-${each.key}"
        }
        resource "aws_s3_bucket_public_access_block" "b" {
          for_each          = aws_s3_bucket.b
          bucket            = each.value.id
          block_public_acls = true
        }
        """);
    load();
    Node logs = node("aws_s3_bucket.b[\"logs\"]");
    Node block = node("aws_s3_bucket_public_access_block.b[\"logs\"]");
    assertThat(graph.referencedBy(block)).containsExactly(logs);
    Edge e = graph.outgoing(block).get(0);
    assertThat(e.attribute()).isEqualTo("bucket");
    assertThat(e.range().startLine()).isEqualTo(7);
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void dynamicBlocksDrivenByAConditionalExpandIntoTheBlocksTheyGenerate() throws IOException {
    write("main.tf", """
        variable "open" {
          default = false
        }
        resource "aws_security_group" "sg" {
          name = "es"
          dynamic "ingress" {
            for_each = var.open ? [9200, 9300] : [443]
            iterator = port
            content {
              from_port   = port.value
              to_port     = port.value
              cidr_blocks = var.open ? ["0.0.0.0/0"] : ["10.0.0.0/8"]
            }
          }
        }
        """);
    write("terraform.tfvars", "open = true\n");
    load();
    ListValue ingress = (ListValue) node("aws_security_group.sg").config().get("ingress");
    assertThat(ingress.kind()).isEqualTo(ListValue.Kind.BLOCKS);
    assertThat(ingress.elements()).extracting(v -> ((MapValue) v).get("from_port").render())
        .containsExactly("9200", "9300");
    assertThat(((MapValue) ingress.get(0)).get("cidr_blocks").render()).isEqualTo("[\"0.0.0.0/0\"]");
    assertThat(ingress.get(0).range().startLine()).isEqualTo(9);
  }

  @Test
  void aModuleCalledTwiceWithDifferentInputsGivesTwoPrefixedInstances() throws IOException {
    write("modules/search/main.tf", """
        variable "encrypt" {
          type = bool
        }
        resource "aws_opensearch_domain" "this" {
          domain_name = "d"
          encrypt_at_rest {
            enabled = var.encrypt
          }
        }
        output "arn" {
          value = aws_opensearch_domain.this.arn
        }
        output "name" {
          value = aws_opensearch_domain.this.domain_name
        }
        """);
    write("main.tf", """
        module "good" {
          source  = "./modules/search"
          encrypt = true
        }
        module "bad" {
          source  = "./modules/search"
          encrypt = false
        }
        resource "aws_ssm_parameter" "p" {
          name  = module.good.name
          value = module.bad.arn
        }
        """);
    load();
    MapValue good = (MapValue) ((ListValue) node("module.good.aws_opensearch_domain.this").config()
        .get("encrypt_at_rest")).get(0);
    Value bad = ((MapValue) ((ListValue) node("module.bad.aws_opensearch_domain.this").config()
        .get("encrypt_at_rest")).get(0)).get("enabled");
    assertThat(good.get("enabled").render()).isEqualTo("true");
    assertThat(bad.render()).isEqualTo("false");
    Origin.Step step = bad.origin().steps().get(bad.origin().steps().size() - 1);
    assertThat(step.kind()).isEqualTo(Origin.Kind.MODULE_INPUT);
    assertThat(step.range().startLine()).isEqualTo(7);
    assertThat(node("module.good").kind()).isEqualTo(NodeKind.MODULE_CALL);
    assertThat(node("module.good.aws_opensearch_domain.this").property("module")).isEqualTo("module.good");
    Node p = node("aws_ssm_parameter.p");
    assertThat(at(p, "name")).isEqualTo("\"d\"");
    assertThat(((UnknownValue) p.config().get("value")).reason())
        .isEqualTo("module.bad.aws_opensearch_domain.this.arn is known only after apply");
    assertThat(graph.referencedAt(p, "value", "aws_opensearch_domain"))
        .containsExactly(node("module.bad.aws_opensearch_domain.this"));
    // The module directory is not a root module of its own.
    assertThat(graph.nodes()).extracting(Node::address).doesNotContain("aws_opensearch_domain.this");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void inputPrecedenceIsTerraformsLaterSourcesWin() throws IOException {
    write("main.tf", """
        variable "a" { default = "default" }
        variable "b" { default = "default" }
        variable "c" { default = "default" }
        variable "d" { default = "default" }
        variable "e" { default = "default" }
        variable "f" { default = "default" }
        variable "g" { default = "default" }
        variable "h" { default = "default" }
        output "all" {
          value = [var.a, var.b, var.c, var.d, var.e, var.f, var.g, var.h]
        }
        """);
    write("terraform.tfvars", "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\ne = \"tfvars\"\nf = \"tfvars\"\n");
    write("terraform.tfvars.json", "{\"c\": \"tfvars.json\", \"d\": \"tfvars.json\", \"e\": \"tfvars.json\"}");
    write("a.auto.tfvars", "d = \"a.auto\"\ne = \"a.auto\"\n");
    write("b.auto.tfvars.json", "{\"e\": \"b.auto\"}");
    Path varFile = dir.resolve("extra/prod.tfvars.txt");
    Files.createDirectories(varFile.getParent());
    Files.writeString(varFile, "f = \"var-file\"\ng = \"var-file\"\n");
    load(ScanRequest.builder().path(dir).terraformVarFile(varFile).terraformVar("g", "cli")
        .environment(Map.of("TF_VAR_a", "env", "TF_VAR_b", "env", "TF_VAR_g", "env")).build());
    assertThat(at(node("output.all"), "value"))
        .isEqualTo("[\"env\", \"tfvars\", \"tfvars.json\", \"a.auto\", \"b.auto\", … 3 more]");
    ListValue all = (ListValue) node("output.all").config().get("value");
    assertThat(all.elements().subList(5, 8)).extracting(Value::render)
        .containsExactly("\"var-file\"", "\"cli\"", "\"default\"");
    assertThat(all.get(1).origin().source().kind()).isEqualTo(Origin.Kind.TFVARS_FILE);
    assertThat(all.get(1).range().file().displayPath()).isEqualTo("terraform.tfvars");
    assertThat(all.get(0).origin().source().kind()).isEqualTo(Origin.Kind.ENVIRONMENT);
    assertThat(all.get(6).origin().source().kind()).isEqualTo(Origin.Kind.CLI_VAR);
    assertThat(all.get(7).origin().source().kind()).isEqualTo(Origin.Kind.VARIABLE_DEFAULT);
  }

  @Test
  void varAndVarFileApplyInTheOrderGivenTheLaterWinning() throws IOException {
    write("main.tf", """
        variable "a" {}
        output "a" {
          value = var.a
        }
        """);
    Path varFile = dir.resolve("extra/two.tfvars.txt");
    Files.createDirectories(varFile.getParent());
    Files.writeString(varFile, "a = 2\n");
    load(ScanRequest.builder().path(dir).terraformVar("a", "1").terraformVarFile(varFile).build());
    Value fileWins = node("output.a").config().get("value");
    assertThat(fileWins.render()).isEqualTo("2");
    assertThat(fileWins.origin().source().kind()).isEqualTo(Origin.Kind.VAR_FILE);
    load(ScanRequest.builder().path(dir).terraformVarFile(varFile).terraformVar("a", "1").build());
    Value varWins = node("output.a").config().get("value");
    assertThat(varWins.render()).isEqualTo("\"1\"");
    assertThat(varWins.origin().source().kind()).isEqualTo(Origin.Kind.CLI_VAR);
  }

  @Test
  void valuesReachedThroughEachValueAndADynamicIteratorNameWhereTheVariableWasSet() throws IOException {
    write("main.tf", """
        variable "domains" {
          type = map(object({ encrypted = bool }))
        }
        variable "rules" {
          type = list(object({ port = number, cidr = string }))
          default = [{ port = 22, cidr = "10.0.0.0/8" }]
        }
        resource "aws_opensearch_domain" "d" {
          for_each    = var.domains
          domain_name = each.key
          encrypt_at_rest {
            enabled = each.value.encrypted
          }
        }
        resource "aws_security_group" "sg" {
          dynamic "ingress" {
            for_each = var.rules
            content {
              from_port   = ingress.value.port
              cidr_blocks = [ingress.value.cidr]
            }
          }
        }
        """);
    write("terraform.tfvars", """
        domains = {
          logs = { encrypted = false }
        }
        rules = [{ port = 9200, cidr = "0.0.0.0/0" }]
        """);
    load();
    MapValue encrypt = (MapValue) ((ListValue) node("aws_opensearch_domain.d[\"logs\"]").config()
        .get("encrypt_at_rest")).get(0);
    Origin.Step domains = encrypt.get("enabled").origin().source();
    assertThat(domains.kind()).isEqualTo(Origin.Kind.TFVARS_FILE);
    assertThat(domains.name()).isEqualTo("domains");
    assertThat(domains.range().toShortString()).isEqualTo("terraform.tfvars:1:1");
    MapValue ingress = (MapValue) ((ListValue) node("aws_security_group.sg").config().get("ingress")).get(0);
    Origin.Step rules = ingress.get("from_port").origin().source();
    assertThat(rules.kind()).isEqualTo(Origin.Kind.TFVARS_FILE);
    assertThat(rules.name()).isEqualTo("rules");
    assertThat(rules.range().toShortString()).isEqualTo("terraform.tfvars:4:1");
    Value cidr = ((ListValue) ingress.get("cidr_blocks")).get(0);
    assertThat(cidr.origin().source().name()).isEqualTo("rules");
    assertThat(node("aws_opensearch_domain.d[\"logs\"]").config().get("domain_name").origin().source().name())
        .as("each.key came from the map's keys").isEqualTo("domains");
  }

  @Test
  void cliAndEnvironmentValuesAreParsedForStructuredTypes() throws IOException {
    write("main.tf", """
        variable "cidrs" { type = list(string) }
        variable "name" { type = string }
        variable "untyped" {}
        variable "anything" { type = any }
        output "o" { value = [var.cidrs, var.name, var.untyped, var.anything] }
        """);
    load(ScanRequest.builder().path(dir).terraformVar("cidrs", "[\"10.0.0.0/8\"]").terraformVar("name", "[x]")
        .terraformVar("untyped", "[1]").environment(Map.of("TF_VAR_anything", "{a = 1}")).build());
    assertThat(at(node("output.o"), "value")).isEqualTo("[[\"10.0.0.0/8\"], \"[x]\", \"[1]\", {a = 1}]");
  }

  @Test
  void aLocalsCycleIsReportedWithItsPath() throws IOException {
    write("main.tf", """
        locals {
          a = local.b
          b = "${local.c}-x"
          c = local.a
        }
        """);
    load();
    assertThat(diagnostics).hasSize(1);
    Diagnostic d = diagnostics.get(0);
    assertThat(d.message()).contains("local.a → local.b → local.c → local.a");
    assertThat(d.range().file().displayPath()).isEqualTo("main.tf");
    assertThat(node("local.b").config().get("value")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void anUndefinedVariableIsReportedAtItsPositionAndTheRestGoesOn() throws IOException {
    write("main.tf", """
        resource "aws_s3_bucket" "b" {
          bucket = var.missing
          acl    = "private"
        }
        """);
    load();
    assertThat(diagnostics).hasSize(1);
    Diagnostic d = diagnostics.get(0);
    assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
    assertThat(d.message()).contains("undeclared input variable").contains("var.missing");
    assertThat(d.range().startLine()).isEqualTo(2);
    assertThat(d.range().startColumn()).isEqualTo(12);
    assertThat(at(node("aws_s3_bucket.b"), "acl")).isEqualTo("\"private\"");
  }

  @Test
  void aVariableWithNoValueIsUnknownWithItsNameAndATypeErrorIsReported() throws IOException {
    write("main.tf", """
        variable "encrypt" { type = bool }
        variable "port" {
          type    = number
          default = "not a number"
        }
        output "o" { value = var.encrypt }
        output "p" { value = var.port }
        """);
    load();
    assertThat(((UnknownValue) node("output.o").config().get("value")).reason()).startsWith("var.encrypt has no value");
    assertThat(diagnostics).extracting(Diagnostic::message)
        .anyMatch(m -> m.startsWith("Invalid value for variable \"port\""));
  }

  @Test
  void aPolicyBuiltByJsonencodeAndByAnIamPolicyDocumentReachRulesAsOneModel() throws IOException {
    write("main.tf", """
        data "aws_iam_policy_document" "open" {
          statement {
            sid     = "All"
            actions = ["es:*"]
            principals {
              type        = "*"
              identifiers = ["*"]
            }
            resources = ["arn:aws:es:eu-west-1:111122223333:domain/logs/*"]
            condition {
              test     = "IpAddress"
              variable = "aws:SourceIp"
              values   = ["10.0.0.0/8"]
            }
          }
        }
        resource "aws_opensearch_domain" "a" {
          domain_name     = "a"
          access_policies = data.aws_iam_policy_document.open.json
        }
        resource "aws_opensearch_domain" "b" {
          domain_name     = "b"
          access_policies = jsonencode({
            Version   = "2012-10-17"
            Statement = [{ Effect = "Allow", Principal = "*", Action = "es:*",
              Resource = "arn:aws:es:eu-west-1:111122223333:domain/logs/*",
              Condition = { IpAddress = { "aws:SourceIp" = "10.0.0.0/8" } } }]
          })
        }
        """);
    load();
    Value fromData = node("aws_opensearch_domain.a").config().get("access_policies");
    Value fromJson = node("aws_opensearch_domain.b").config().get("access_policies");
    assertThat(fromData).isInstanceOf(StringValue.class);
    assertThat(((StringValue) fromData).value()).contains("\"Principal\" : \"*\"").contains("\"Sid\" : \"All\"");
    PolicyDocument a = PolicyDocument.of(fromData);
    PolicyDocument b = PolicyDocument.of(fromJson);
    assertThat(a.isKnown()).isTrue();
    assertThat(a.statements()).hasSize(1);
    for (PolicyDocument doc : List.of(a, b)) {
      assertThat(doc.statements()).hasSize(1);
      assertThat(PolicyAnalysis.admitsEveryone(doc.statements().get(0))).isEqualTo(Tri.YES);
      assertThat(PolicyAnalysis.narrowed(doc.statements().get(0))).isEqualTo(Tri.YES);
      assertThat(PolicyAnalysis.publicAccess(doc).verdict()).isEqualTo(Tri.NO);
    }
    assertThat(graph.referencedBy(node("aws_opensearch_domain.a")))
        .containsExactly(node("data.aws_iam_policy_document.open"));
  }

  @Test
  void sourceAndOverridePolicyDocumentsMergeBySid() throws IOException {
    write("main.tf", """
        data "aws_iam_policy_document" "base" {
          statement {
            sid       = "Read"
            actions   = ["s3:GetObject"]
            resources = ["*"]
          }
          statement {
            sid       = "Write"
            actions   = ["s3:PutObject"]
            resources = ["*"]
          }
        }
        data "aws_iam_policy_document" "merged" {
          source_policy_documents   = [data.aws_iam_policy_document.base.json]
          override_policy_documents = [jsonencode({ Statement = [{ Sid = "Write", Effect = "Deny",
            Action = "s3:PutObject", Resource = "*" }] })]
          statement {
            sid         = "Read"
            not_actions = ["s3:DeleteObject"]
            resources   = ["*"]
          }
        }
        """);
    load();
    String json = ((StringValue) node("data.aws_iam_policy_document.merged").config().get("minified_json")).value();
    assertThat(json).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":["
        + "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"NotAction\":\"s3:DeleteObject\",\"Resource\":\"*\"},"
        + "{\"Sid\":\"Write\",\"Effect\":\"Deny\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}]}");
  }

  @Test
  void aMergedPolicyDocumentWithAnUnknownArnKeepsItsKnownPartsReadable() throws IOException {
    write("main.tf", """
        resource "aws_s3_bucket" "b" {
          bucket = "b"
        }
        data "aws_iam_policy_document" "read" {
          statement {
            principals {
              type        = "*"
              identifiers = ["*"]
            }
            actions   = ["s3:GetObject"]
            resources = ["${aws_s3_bucket.b.arn}/*"]
          }
        }
        data "aws_iam_policy_document" "merged" {
          source_policy_documents = [data.aws_iam_policy_document.read.json]
        }
        """);
    load();
    Value json = node("data.aws_iam_policy_document.merged").config().get("json");

    assertThat(json).isInstanceOfSatisfying(UnknownValue.class, u -> {
      assertThat(u.reason()).isEqualTo("aws_s3_bucket.b.arn is known only after apply");
      assertThat(u.partialText()).contains("\"Principal\" : \"*\"")
          .contains("\"Resource\" : \"" + UnknownValue.HOLE + "/*\"");
    });
  }

  @Test
  void computedAttributesAreUnknownWithTheirReasonAndDependsOnIsAnEdge() throws IOException {
    write("main.tf", """
        resource "aws_kms_key" "k" {
          description = "logs"
        }
        resource "aws_opensearch_domain" "d" {
          domain_name = "d"
          encrypt_at_rest {
            enabled    = true
            kms_key_id = aws_kms_key.k.arn
          }
          depends_on = [aws_kms_key.k]
        }
        """);
    load();
    Node d = node("aws_opensearch_domain.d");
    MapValue enc = (MapValue) ((ListValue) d.config().get("encrypt_at_rest")).get(0);
    assertThat(((UnknownValue) enc.get("kms_key_id")).reason()).isEqualTo("aws_kms_key.k.arn is known only after apply");
    assertThat(graph.outgoing(d)).extracting(Edge::kind, Edge::attribute)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(EdgeKind.REFERENCE, "encrypt_at_rest.kms_key_id"),
            org.assertj.core.groups.Tuple.tuple(EdgeKind.DEPENDS_ON, ""));
    assertThat(d.config().has("depends_on")).isFalse();
  }

  @Test
  void aRemoteModuleIsReportedOnceUnlessTerraformInitDownloadedIt() throws IOException {
    write("main.tf", """
        module "vpc" {
          source  = "terraform-aws-modules/vpc/aws"
          version = "5.0.0"
          count   = 2
        }
        module "es" {
          source = "git::https://example.com/es.git"
          name   = "logs"
        }
        """);
    write(".terraform/modules/modules.json",
        "{\"Modules\":[{\"Key\":\"\",\"Source\":\"\",\"Dir\":\".\"},"
            + "{\"Key\":\"es\",\"Source\":\"git::https://example.com/es.git\",\"Dir\":\".terraform/modules/es\"},"
            + "{\"Key\":\"es.policy\",\"Source\":\"./modules/policy\",\"Dir\":\".terraform/modules/es/modules/policy\"}]}");
    write(".terraform/modules/es/main.tf", """
        variable "name" {}
        resource "aws_opensearch_domain" "this" {
          domain_name = var.name
        }
        module "policy" {
          source = "./modules/policy"
          domain = aws_opensearch_domain.this.domain_name
        }
        """);
    write(".terraform/modules/es/modules/policy/main.tf", """
        variable "domain" {}
        resource "aws_opensearch_domain_policy" "this" {
          domain_name = var.domain
        }
        """);
    load();
    assertThat(diagnostics).extracting(Diagnostic::message)
        .containsExactly("module vpc (source terraform-aws-modules/vpc/aws) is not downloaded; its resources were not checked");
    assertThat(at(node("module.es.aws_opensearch_domain.this"), "domain_name")).isEqualTo("\"logs\"");
    assertThat(node("module.es.aws_opensearch_domain.this").file().displayPath())
        .isEqualTo(".terraform/modules/es/main.tf");
    assertThat(at(node("module.es.module.policy.aws_opensearch_domain_policy.this"), "domain_name"))
        .isEqualTo("\"logs\"");
  }

  @Test
  void pathAndWorkspaceAndFileFunctionsReadInsideTheModule() throws IOException {
    write("policy.json", "{\"Statement\": []}");
    write("mod/main.tf", """
        output "where" { value = path.module }
        output "policy" { value = file("${path.module}/../policy.json") }
        """);
    write("main.tf", """
        module "m" { source = "./mod" }
        output "ws" { value = terraform.workspace }
        output "p" { value = module.m.policy }
        output "w" { value = module.m.where }
        """);
    load();
    assertThat(at(node("output.ws"), "value")).isEqualTo("\"default\"");
    assertThat(at(node("output.w"), "value")).isEqualTo("\"mod\"");
    assertThat(at(node("output.p"), "value")).isEqualTo("\"{\\\"Statement\\\": []}\"");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void badInputNeverThrowsAndOtherModulesGoOn() throws IOException {
    write("a/main.tf", """
        resource "aws_s3_bucket" "x" {
          count  = "many"
          bucket = unknownfn(1) + [1]
        }
        resource "aws_s3_bucket" "y" {
          for_each = ["a", "b"]
          bucket   = each.value
        }
        locals { l = local.l }
        module "self" { source = "../a" }
        """);
    write("b/main.tf", "resource \"aws_s3_bucket\" \"ok\" {\n  bucket = \"ok\"\n}\n");
    load();
    assertThat(diagnostics).noneMatch(d -> d.message().contains("internal error"));
    assertThat(at(node("aws_s3_bucket.ok"), "bucket")).isEqualTo("\"ok\"");
  }

  @Test
  void aModuleOutputIsEvaluatedAloneSoACallerMayFeedAnotherOutputBack() throws IOException {
    write("bucket/main.tf", """
        variable "policy" { default = null }
        resource "aws_s3_bucket" "this" { bucket = "b" }
        resource "aws_s3_bucket_policy" "this" {
          bucket = aws_s3_bucket.this.id
          policy = var.policy
        }
        output "arn" { value = aws_s3_bucket.this.arn }
        output "policy" { value = aws_s3_bucket_policy.this.policy }
        """);
    write("main.tf", """
        module "b" {
          source = "./bucket"
          policy = jsonencode({ Statement = [{ Resource = module.b.arn }] })
        }
        """);
    load();
    assertThat(diagnostics).isEmpty();
    assertThat(node("module.b.aws_s3_bucket_policy.this").config().get("policy")).isInstanceOf(MapValue.class);
  }

  @Test
  void nestedBlocksAndNullAttributesOfResourcesAreTheProvidersToFill() throws IOException {
    write("main.tf", """
        variable "name" { default = null }
        resource "azurerm_disk_encryption_set" "des" {
          name = var.name
          identity {
            type = "SystemAssigned"
          }
        }
        output "principal" { value = azurerm_disk_encryption_set.des.identity[0].principal_id }
        output "name" { value = azurerm_disk_encryption_set.des.name }
        output "missing_block" { value = azurerm_disk_encryption_set.des.encryption[0].key }
        """);
    load();
    assertThat(diagnostics).isEmpty();
    assertThat(((UnknownValue) node("output.principal").config().get("value")).reason())
        .isEqualTo("azurerm_disk_encryption_set.des.identity[0].principal_id is known only after apply");
    assertThat(node("output.name").config().get("value")).isInstanceOf(UnknownValue.class);
    assertThat(node("output.missing_block").config().get("value")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void errorsInAnInstanceThatMayNotExistAreNotReported() throws IOException {
    write("main.tf", """
        variable "enabled" { type = bool }
        variable "ids" { default = [] }
        resource "aws_s3_bucket" "maybe" {
          count  = var.enabled ? 1 : 0
          bucket = var.ids[0]
        }
        """);
    load();
    assertThat(diagnostics).isEmpty();
    assertThat(node("aws_s3_bucket.maybe").config().get("bucket")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void twoScanRootsWithTheSameLayoutAreTwoRootModules() throws IOException {
    write("prod/main.tf", "variable \"x\" {}\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"prod\"\n}\n");
    write("staging/main.tf", "variable \"x\" {}\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"staging\"\n}\n");
    load(ScanRequest.builder().path(dir.resolve("prod")).path(dir.resolve("staging")).build());
    assertThat(diagnostics).noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    List<Node> buckets = graph.ofType("aws_s3_bucket");
    assertThat(buckets).extracting(n -> ((StringValue) n.config().get("bucket")).value())
        .containsExactlyInAnyOrder("prod", "staging");
    assertThat(buckets).extracting(n -> n.property(Node.SCOPE)).doesNotHaveDuplicates();
    assertThat(buckets).allSatisfy(n -> assertThat(n.property("rootModuleDir")).isEqualTo("."));
  }
}
