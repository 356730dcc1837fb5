package dev.iaclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iaclint.core.scan.Scanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret finding names the resource it sits in together with that resource's type, in every
 * input format, as the JSON report's {@code resourceType} and SARIF's {@code
 * properties.resourceType}: the type of the enclosing node, and {@code file} only for text that
 * belongs to no resource. The secrets are generated (fixed seeds), so none sits in the source.
 */
class SecretResourceTypesCliTest {
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  @TempDir
  static Path dir;

  private static int seed = 500;

  private static String fake(int n) {
    Random r = new Random(seed++);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
    }
    return sb.toString();
  }

  private static String githubToken() {
    return "gh" + "p_" + fake(36);
  }

  private static void write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @BeforeAll
  static void writeFixtures() throws IOException {
    write("tf/main.tf", """
        provider "aws" {
          region = "eu-west-1"
          token  = "%s"
        }
        resource "aws_db_instance" "main" {
          password = "Pw-%s"
        }
        data "http" "status" {
          url             = "https://status.example.com"
          request_headers = { Authorization = "token %s" }
        }
        module "db" {
          source = "terraform-aws-modules/rds/aws"
          token  = "%s"
        }
        locals {
          deploy_token = "%s"
        }
        output "hook" {
          value = "%s"
        }
        variable "api_token" {
          default = "%s"
        }
        variable "db_password" {
          type = string
        }
        """.formatted(githubToken(), fake(14), githubToken(), githubToken(), githubToken(),
        githubToken(), githubToken()));
    // A tfvars value sets a variable: it belongs to that variable.
    write("tf/terraform.tfvars", "db_password = \"Tv-%s\"\n".formatted(fake(14)));
    write("cfn/template.yaml", """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          Token:
            Type: String
            Default: %s
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUserPassword: Cf-%s
        Outputs:
          Hook:
            Value: %s
        """.formatted(githubToken(), fake(14), githubToken()));
    write("k8s/app.yaml", """
        apiVersion: v1
        kind: Secret
        metadata:
          name: app
          namespace: prod
        stringData:
          password: %s
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          API_TOKEN: %s
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: web:1
                  env:
                    - name: GH_TOKEN
                      value: %s
        ---
        apiVersion: elasticsearch.k8s.elastic.co/v1
        kind: Elasticsearch
        metadata:
          name: logs
        spec:
          version: 8.15.0
          nodeSets:
            - name: default
              count: 1
              config:
                xpack.security.authc.realms.ldap.ldap1.bind_password: Eck-%s
        """.formatted(fake(18), githubToken(), githubToken(), fake(12)));
    write("compose/docker-compose.yml", """
        services:
          app:
            image: app:1
            environment:
              GH_TOKEN: %s
        """.formatted(githubToken()));
    write("es/elasticsearch.yml", """
        cluster.name: logs
        xpack.security.authc.realms.ldap.ldap1.bind_password: Bind-%s
        """.formatted(fake(12)));
    // YAML of no known format: its text belongs to no resource.
    write("other/settings.yaml", "deploy:\n  token: %s\n".formatted(githubToken()));
  }

  private static String scan(String format) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment cli = new CliEnvironment(new PrintWriter(out), new PrintWriter(err), Map.of(), dir,
        false, false, Scanner::installedRules, Scanner::new, Clock.systemUTC());
    Main.run(cli, "scan", ".", "--format", format);
    return out.toString();
  }

  /** The secret findings as {@code file resource -> type}. */
  private static Map<String, String> typesFromJson() throws IOException {
    Map<String, String> types = new TreeMap<>();
    for (JsonNode f : new ObjectMapper().readTree(scan("json")).get("findings")) {
      if (f.get("category").asText().equals("secrets")) {
        types.put(f.get("location").get("file").asText() + " " + f.get("resource").asText(),
            f.get("resourceType").asText());
      }
    }
    return types;
  }

  private static final Map<String, String> EXPECTED = Map.ofEntries(
      Map.entry("tf/main.tf provider.aws", "provider"),
      Map.entry("tf/main.tf aws_db_instance.main", "aws_db_instance"),
      Map.entry("tf/main.tf data.http.status", "http"),
      Map.entry("tf/main.tf module.db", "module"),
      Map.entry("tf/main.tf local.deploy_token", "local"),
      Map.entry("tf/main.tf output.hook", "output"),
      Map.entry("tf/main.tf var.api_token", "variable"),
      Map.entry("tf/terraform.tfvars var.db_password", "variable"),
      Map.entry("cfn/template.yaml Token", "parameter"),
      Map.entry("cfn/template.yaml Db", "AWS::RDS::DBInstance"),
      Map.entry("cfn/template.yaml Hook", "output"),
      Map.entry("k8s/app.yaml Secret/prod/app", "Secret"),
      Map.entry("k8s/app.yaml ConfigMap/settings", "ConfigMap"),
      Map.entry("k8s/app.yaml Deployment/web", "Deployment"),
      Map.entry("k8s/app.yaml Elasticsearch/logs", "Elasticsearch"),
      Map.entry("compose/docker-compose.yml services.app", "service"),
      Map.entry("es/elasticsearch.yml xpack.security.authc.realms.ldap.ldap1.bind_password",
          "elasticsearch.yml"),
      Map.entry("other/settings.yaml other/settings.yaml", "file"));

  @Test
  void eachSecretFindingCarriesTheTypeOfTheResourceItSitsIn() throws IOException {
    assertThat(typesFromJson()).isEqualTo(new TreeMap<>(EXPECTED));
  }

  @Test
  void sarifResultsCarryTheSameResourceTypes() throws IOException {
    Map<String, String> types = new TreeMap<>();
    JsonNode sarif = new ObjectMapper().readTree(scan("sarif"));
    for (JsonNode r : sarif.get("runs").get(0).get("results")) {
      JsonNode props = r.get("properties");
      if (props.get("category").asText().equals("secrets")) {
        String file = r.get("locations").get(0).get("physicalLocation").get("artifactLocation")
            .get("uri").asText();
        types.put(file + " " + props.get("resource").asText(), props.get("resourceType").asText());
      }
    }
    assertThat(types).isEqualTo(new TreeMap<>(EXPECTED));
  }
}
