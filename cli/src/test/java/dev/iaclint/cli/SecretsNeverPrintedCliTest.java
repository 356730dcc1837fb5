package dev.iaclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iaclint.core.report.ReportFormat;
import dev.iaclint.core.scan.Scanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise iaclint was born from, end to end: the real loaders and the built-in rules scan
 * fixtures holding real-shaped fake secrets of every kind in every supported format (Terraform
 * native, JSON and tfvars, with name/value pairs and PEM keys of every header; CloudFormation
 * YAML and JSON, with !Base64 user data; Kubernetes with base64 Secret data and ConfigMaps;
 * compose environment lists and maps; elasticsearch.yml; EC2 user data in base64), plus files that
 * do not parse with a secret on the broken line. Every output format of {@code scan} and both
 * formats of {@code graph} are run, and no byte of stdout or stderr may hold a secret or its
 * base64 form. The secrets are generated here (fixed seeds), so none sits in the source.
 */
class SecretsNeverPrintedCliTest {
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String URLSAFE = ALNUM + "-_";

  @TempDir
  static Path dir;

  /** Every planted secret by a name for messages, as it is written (or encoded) in a fixture. */
  private static final Map<String, String> SECRETS = new LinkedHashMap<>();
  /** Base64 literals written in the fixtures (user data, Secret data). */
  private static final List<String> ENCODED = new ArrayList<>();
  private static int seed = 100;

  private static String fake(String alphabet, int n) {
    Random r = new Random(seed++);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String plant(String name, String value) {
    SECRETS.put(name, value);
    return value;
  }

  private static String b64(String s) {
    String encoded = Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    ENCODED.add(encoded);
    return encoded;
  }

  private static String b64url(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @BeforeAll
  static void writeFixtures() throws IOException {
    String awsId = plant("aws key id", "AK" + "IA" + fake(UPPER, 16));
    String awsSecret = plant("aws secret key", fake(ALNUM + "+/", 40));
    String dbPassword = plant("db password", "Db-" + fake(ALNUM, 14));
    String userDataToken = plant("github token in user data", "gh" + "p_" + fake(ALNUM, 36));
    String stripe = plant("stripe key in base64 user data", "sk" + "_live_" + fake(ALNUM, 24));
    String webhook = plant("slack webhook", "https://hooks." + "slack.com/services/T" + fake(UPPER, 8)
        + "/B" + fake(UPPER, 8) + "/" + fake(ALNUM, 24));
    String jwt = plant("jwt", b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
        + b64url("{\"sub\":\"svc\",\"iat\":1516239022}") + "." + fake(URLSAFE, 43));
    String google = plant("google api key", "AI" + "za" + fake(URLSAFE, 35));
    String tfvarsPassword = plant("tfvars password", "Tv-" + fake(ALNUM, 12));
    String apiToken = plant("variable default token", fake(ALNUM + "!#%", 22));
    String pemLine = fake(ALNUM + "+/", 64);
    String pem = "-----BEGIN RSA " + "PRIVATE KEY-----\n" + pemLine + "\n" + fake(ALNUM + "+/", 64)
        + "\n-----END RSA " + "PRIVATE KEY-----";
    plant("private key line", pemLine);
    String gitlab = plant("gitlab token", "gl" + "pat-" + fake(ALNUM, 20));
    String jsonPassword = plant("tf.json master password", "Js-" + fake(ALNUM, 14));
    String brokenKey = plant("aws key id on a broken line", "AK" + "IA" + fake(UPPER, 16));
    String brokenWord = plant("stray random word on a broken line", "Zx" + fake(ALNUM, 14) + "9q");
    String cfnPassword = plant("cloudformation password", "Cf-" + fake(ALNUM, 14));
    String sendgrid = plant("sendgrid key", "S" + "G." + fake(URLSAFE, 22) + "." + fake(URLSAFE, 43));
    String twilio = plant("twilio key in cfn user data", "S" + "K" + fake("0123456789abcdef", 32));
    String npm = plant("npm token", "np" + "m_" + fake(ALNUM, 36));
    String openai = plant("openai key", "sk" + "-proj-" + fake(ALNUM, 20) + "T3Blbk" + "FJ" + fake(ALNUM, 20));
    String k8sSecret = plant("kubernetes secret data", fake(ALNUM, 18));
    String anthropic = plant("anthropic key", "sk" + "-ant-api03-" + fake(URLSAFE, 93));
    String envPassword = plant("kubernetes env password", fake("abcdefghijkmnopqrstuvwxyz", 11));
    String fineGrained = plant("github fine-grained token", "github" + "_pat_" + fake(ALNUM, 22) + "_"
        + fake(ALNUM, 59));
    String urlPassword = plant("password in a url", fake(ALNUM, 18));
    String slackToken = plant("slack token", "xo" + "xb-" + fake("0123456789", 12) + "-"
        + fake("0123456789", 13) + "-" + fake(ALNUM, 24));
    String composeSecret = plant("compose aws secret key", fake(ALNUM + "+/", 40));
    String composeStripe = plant("compose stripe key", "rk" + "_live_" + fake(ALNUM, 24));
    String localGithub = plant("github token in a local", "gh" + "o_" + fake(ALNUM, 36));
    String bindPassword = plant("bind password", "Bind-" + fake(ALNUM, 10));
    String brokenStripe = plant("stripe key in broken yaml", "sk" + "_live_" + fake(ALNUM, 24));
    String brokenJson = plant("aws key in broken json", "AK" + "IA" + fake(UPPER, 16));
    String brokenTfJson = plant("aws key in broken tf.json", "AK" + "IA" + fake(UPPER, 16));
    String asia = plant("temporary aws key id in user data", "AS" + "IA" + fake(UPPER, 16));
    String ecsPassword = plant("ecs container password", "Ecs-" + fake(ALNUM, 16));
    String ghu = plant("github user token in a kubernetes env block", "gh" + "u_" + fake(ALNUM, 36));
    String ghs = plant("github server token", "gh" + "s_" + fake(ALNUM, 36));
    String ghr = plant("github refresh token", "gh" + "r_" + fake(ALNUM, 36));
    String xoxp = plant("slack user token", "xo" + "xp-" + fake("0123456789", 12) + "-"
        + fake("0123456789", 12) + "-" + fake("0123456789", 13) + "-" + fake("0123456789abcdef", 32));
    String xoxr = plant("slack refresh token", "xo" + "xr-" + fake(ALNUM, 40));
    StringBuilder pems = new StringBuilder();
    List<String> keyTypes = List.of("EC ", "DSA ", "OPENSSH ", "ENCRYPTED ", "");
    for (int i = 0; i < keyTypes.size(); i++) {
      String type = keyTypes.get(i);
      String line = plant("BEGIN " + type + "PRIVATE KEY line", fake(ALNUM + "+/", 64));
      pems.append("  key_").append(i).append(" = <<-EOT\n    -----BEGIN ").append(type)
          .append("PRIVATE KEY-----\n    ").append(line).append("\n    ").append(fake(ALNUM + "+/", 64))
          .append("\n    -----END ").append(type).append("PRIVATE KEY-----\n  EOT\n");
    }
    String cfnGithub = plant("github token in cfn !Base64 user data", "gh" + "p_" + fake(ALNUM, 36));
    String configMapToken = plant("configmap api token", fake(ALNUM, 22));

    write("tf/main.tf", """
        provider "aws" {
          region     = "eu-west-1"
          access_key = "%s"
          secret_key = "%s"
        }
        resource "aws_db_instance" "main" {
          username = "app"
          password = "%s"
        }
        resource "aws_rds_cluster" "replica" {
          master_password = var.db_password
        }
        resource "aws_instance" "web" {
          user_data = <<-EOF
            #!/bin/bash
            export GITHUB_TOKEN=%s
          EOF
        }
        resource "aws_launch_template" "workers" {
          user_data = "%s"
        }
        resource "aws_lambda_function" "notifier" {
          environment {
            variables = {
              SLACK_URL = "%s"
              AUTH      = "Bearer %s"
              MAPS      = "key=%s&region=${var.region}"
            }
          }
        }
        resource "tls_cert_request" "web" {
          private_key_pem = <<EOT
        %s
        EOT
        }
        """.formatted(awsId, awsSecret, dbPassword, userDataToken,
        b64("#!/bin/bash\nexport STRIPE_KEY=" + stripe + "\n"), webhook, jwt, google, pem));
    write("tf/variables.tf", """
        variable "db_password" {
          type      = string
          sensitive = true
        }
        variable "api_token" {
          default = "%s"
        }
        locals {
          deploy_token = "%s"
        }
        """.formatted(apiToken, localGithub));
    write("tf/terraform.tfvars", "db_password = \"%s\"\n".formatted(tfvarsPassword));
    write("tf/extra.tf.json", """
        {"resource": {"aws_opensearch_domain": {"logs": {
          "advanced_security_options": {"master_user_options": {"master_user_password": "%s"}},
          "tags": {"deployer": "%s"}
        }}}}
        """.formatted(jsonPassword, gitlab));
    write("broken/broken.tf", """
        resource "aws_db_instance" "k" {
          password = "%s" %s
        }
        """.formatted(plant("weak password on a broken line", "hunter2x"), brokenKey));
    write("broken/stray.tf", """
        locals {
          name = "x" %s
        }
        """.formatted(brokenWord));
    write("broken/broken.tf.json", "{\"locals\": {\"key\": %s}}\n".formatted(brokenTfJson));
    write("broken/broken.yaml", "name: app\nkey: \"%s\n".formatted(brokenStripe));
    write("broken/broken.json", "{\"key\": %s}\n".formatted(brokenJson));
    write("cfn/template.yaml", """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: app
              MasterUserPassword: %s
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  SENDGRID_KEY: %s
          Web:
            Type: AWS::EC2::Instance
            Properties:
              UserData: %s
        """.formatted(cfnPassword, sendgrid, b64("#!/bin/bash\nexport TWILIO_KEY=" + twilio + "\n")));
    write("cfn/template.json", """
        {"AWSTemplateFormatVersion": "2010-09-09",
         "Resources": {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {
           "Environment": {"Variables": {"NPM_TOKEN": "%s", "OPENAI_KEY": "%s"}}}}}}
        """.formatted(npm, openai));
    write("k8s/app.yaml", """
        apiVersion: v1
        kind: Secret
        metadata:
          name: app
        data:
          password: %s
        stringData:
          anthropic: %s
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: app
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: app:1
                  env:
                    - name: DB_PASSWORD
                      value: %s
                    - name: GH
                      value: %s
        """.formatted(b64(k8sSecret), anthropic, envPassword, fineGrained));
    write("compose-list/docker-compose.yml", """
        services:
          app:
            image: app:1
            environment:
              - DATABASE_URL=postgres://app:%s@db:5432/app
              - SLACK_TOKEN=%s
        """.formatted(urlPassword, slackToken));
    write("compose-map/docker-compose.yml", """
        services:
          worker:
            image: worker:1
            environment:
              AWS_SECRET_ACCESS_KEY: %s
              STRIPE_KEY: %s
        """.formatted(composeSecret, composeStripe));
    write("more/more.tf", """
        resource "aws_instance" "temporary" {
          user_data = <<-EOF
            export AWS_ACCESS_KEY_ID=%s
          EOF
        }
        resource "aws_ecs_task_definition" "app" {
          family                = "app"
          container_definitions = jsonencode([{
            name        = "app"
            environment = [{ name = "DB_PASSWORD", value = "%s" }]
          }])
        }
        resource "kubernetes_deployment" "app" {
          spec {
            template {
              spec {
                container {
                  env {
                    name  = "GH_TOKEN"
                    value = "%s"
                  }
                }
              }
            }
          }
        }
        resource "aws_lambda_function" "more" {
          environment {
            variables = {
              GH_SERVER     = "%s"
              GH_REFRESH    = "%s"
              SLACK_USER    = "%s"
              SLACK_REFRESH = "%s"
            }
          }
        }
        locals {
        %s}
        """.formatted(asia, ecsPassword, ghu, ghs, ghr, xoxp, xoxr, pems));
    write("more/template.yaml", """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              UserData: !Base64 |
                #!/bin/bash
                export GITHUB_TOKEN=%s
        """.formatted(cfnGithub));
    write("more/configmap.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: app
        data:
          API_TOKEN: "%s"
        """.formatted(configMapToken));
    write("es/elasticsearch.yml", """
        cluster.name: logs
        xpack.security.authc.realms.ldap.ldap1.bind_password: %s
        """.formatted(bindPassword));
  }

  /** Runs the CLI in-process with the real loaders and the installed (built-in) rules. */
  private static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment cli = new CliEnvironment(new PrintWriter(out), new PrintWriter(err), Map.of(), dir,
        false, false, Scanner::installedRules, Scanner::new, Clock.systemUTC());
    int code = Main.run(cli, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Fails naming every planted secret (never its value) that {@code output} contains. */
  private static void assertNoSecret(String what, String output) {
    List<String> leaked = new ArrayList<>();
    for (Map.Entry<String, String> s : SECRETS.entrySet()) {
      String encoded = Base64.getEncoder().encodeToString(s.getValue().getBytes(StandardCharsets.UTF_8));
      if (output.contains(s.getValue()) || output.contains(encoded)) {
        leaked.add(s.getKey());
      }
    }
    for (int i = 0; i < ENCODED.size(); i++) {
      if (output.contains(ENCODED.get(i))) {
        leaked.add("base64 literal #" + i);
      }
    }
    assertThat(leaked).as("secrets in %s", what).isEmpty();
  }

  @Test
  void everyPlantedSecretIsFoundByItsRule() throws IOException {
    CliRun run = run("scan", ".", "--format", "json");
    JsonNode report = new ObjectMapper().readTree(run.out);

    Map<String, Integer> perRule = new TreeMap<>();
    Set<String> files = new TreeSet<>();
    int secrets = 0;
    for (JsonNode f : report.get("findings")) {
      if (!f.get("category").asText().equals("secrets")) {
        continue; // the fixtures also expose a search node, which other rules report
      }
      secrets++;
      perRule.merge(f.get("ruleId").asText(), 1, Integer::sum);
      files.add(f.get("location").get("file").asText());
    }
    assertThat(perRule).containsOnlyKeys("IAC-SECRET-001", "IAC-SECRET-002", "IAC-SECRET-003",
        "IAC-SECRET-004", "IAC-SECRET-005", "IAC-SECRET-006", "IAC-SECRET-007", "IAC-SECRET-008",
        "IAC-SECRET-009", "IAC-SECRET-010", "IAC-SECRET-011");
    assertThat(files).containsExactly("broken/broken.tf", "cfn/template.json", "cfn/template.yaml",
        "compose-list/docker-compose.yml", "compose-map/docker-compose.yml", "es/elasticsearch.yml",
        "k8s/app.yaml", "more/configmap.yaml", "more/more.tf", "more/template.yaml", "tf/extra.tf.json",
        "tf/main.tf", "tf/terraform.tfvars", "tf/variables.tf");
    // One finding per planted secret, except the five stray tokens that make files unparsable.
    assertThat(secrets).isEqualTo(SECRETS.size() - 5);
    // The broken files are reported as errors, each at its line.
    List<String> errors = new ArrayList<>();
    report.get("errors").forEach(e -> errors.add(e.get("file").asText() + ":" + e.get("line").asInt()));
    assertThat(errors).contains("broken/broken.tf:2", "broken/stray.tf:2", "broken/broken.json:1",
            "broken/broken.tf.json:1")
        .anyMatch(e -> e.startsWith("broken/broken.yaml:"));
    assertThat(run.exitCode).isEqualTo(2);
  }

  @Test
  void noScanOutputFormatPrintsASecret() {
    for (ReportFormat format : ReportFormat.values()) {
      CliRun run = run("scan", ".", "--format", format.id());
      assertThat(run.out).as(format.id() + " output").isNotBlank();
      assertNoSecret("scan --format " + format.id() + " stdout", run.out);
      assertNoSecret("scan --format " + format.id() + " stderr", run.err);
    }
  }

  @Test
  void theTextReportMasksSecretsOnTheLinesItShows() {
    CliRun run = run("scan", "tf", "--format", "text");
    // The snippet keeps its columns: the key is starred out, not removed.
    assertThat(run.out).contains("access_key = \"" + "*".repeat(20) + "\"");
  }

  @Test
  void theGraphCommandPrintsNoSecret() {
    for (String format : List.of("text", "json")) {
      CliRun run = run("graph", ".", "--format", format);
      assertThat(run.out).as("graph " + format).isNotBlank();
      assertNoSecret("graph --format " + format + " stdout", run.out);
      assertNoSecret("graph --format " + format + " stderr", run.err);
    }
  }

  @Test
  void parseErrorsDoNotQuoteTheSecretOnTheBrokenLine() {
    CliRun run = run("scan", "broken", "--format", "gcc");
    assertThat(run.out + run.err).contains("broken.tf:2:", "stray.tf:2:", "broken.json:1:",
        "broken.tf.json:1:");
    assertNoSecret("diagnostics", run.out + run.err);
  }
}
