package dev.iaclint.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.DataDocument;
import dev.iaclint.core.load.InputLoader;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.report.GraphJsonWriter;
import dev.iaclint.core.report.GraphTextWriter;
import dev.iaclint.core.report.Redactor;
import dev.iaclint.core.report.ReportContext;
import dev.iaclint.core.report.ReportFormat;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.rules.BuiltinRuleProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise iaclint was born from: it finds secrets and never becomes a leak itself. Fixtures
 * hold real-shaped fake secrets of every kind the detectors know, in every YAML/JSON format; the
 * full pipeline runs (scanner, rules, every reporter, the graph output) and no output may contain
 * any secret value.
 */
class SecretsNeverPrintedTest {
  @TempDir
  static Path dir;

  /** Every secret planted in the fixtures, as written in the files. */
  private static final Map<String, String> SECRETS = new LinkedHashMap<>();
  private static ScanResult result;

  @BeforeAll
  static void scanFixtures() throws IOException {
    SECRETS.put("aws key id", FakeSecrets.awsKeyId());
    SECRETS.put("aws secret", FakeSecrets.awsSecretKey());
    SECRETS.put("github", FakeSecrets.githubToken());
    SECRETS.put("github fine-grained", FakeSecrets.githubFineGrained());
    SECRETS.put("stripe", FakeSecrets.stripeLive());
    SECRETS.put("slack webhook", FakeSecrets.slackWebhook());
    SECRETS.put("slack token", FakeSecrets.slackToken());
    SECRETS.put("jwt", FakeSecrets.jwt());
    SECRETS.put("google", FakeSecrets.googleApiKey());
    SECRETS.put("gitlab", FakeSecrets.gitlabToken());
    SECRETS.put("npm", FakeSecrets.npmToken());
    SECRETS.put("sendgrid", FakeSecrets.sendgrid());
    SECRETS.put("twilio", FakeSecrets.twilio());
    SECRETS.put("openai", FakeSecrets.openai());
    SECRETS.put("anthropic", FakeSecrets.anthropic());
    SECRETS.put("db password", "Db-" + FakeSecrets.random("abcdefghijkmnopqrstuvwxyz0123456789", 12, 60));
    SECRETS.put("generic", FakeSecrets.password());
    SECRETS.put("url password", FakeSecrets.random("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789", 18, 61));
    SECRETS.put("k8s secret", FakeSecrets.random("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789", 16, 62));
    SECRETS.put("k8s env", FakeSecrets.random("abcdefghijkmnopqrstuvwxyz", 10, 63));
    SECRETS.put("bind password", "Bind-" + FakeSecrets.random("abcdefghijkmnopqrstuvwxyz0123456789", 10, 64));
    SECRETS.put("user data secret", FakeSecrets.password() + "Q");
    String pem = FakeSecrets.privateKey();
    String pemLine = pem.split("\n")[2];
    SECRETS.put("private key line", pemLine);
    SECRETS.put("aws key id outside user data", "AK" + "IA" + FakeSecrets.random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, 65));
    String pem2 = FakeSecrets.privateKey().replace(pemLine, FakeSecrets.random(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64, 66));
    SECRETS.put("second private key line", pem2.split("\n")[2]);

    Files.writeString(dir.resolve("template.cfn.yaml"), """
        Parameters:
          AdminPassword:
            Type: String
            NoEcho: true
            Default: %s
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUserPassword: %s
          Web:
            Type: AWS::EC2::Instance
            Properties:
              UserData:
                Fn::Base64: |
                  #!/bin/bash
                  export AWS_ACCESS_KEY_ID=%s
                  export AWS_SECRET_ACCESS_KEY=%s
                  DB_PASSWORD='%s'
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  SLACK_URL: %s
                  SLACK_TOKEN: %s
                  STRIPE_KEY: %s
        """.formatted(SECRETS.get("generic"), SECRETS.get("db password"), SECRETS.get("aws key id"),
        SECRETS.get("aws secret"), SECRETS.get("user data secret"), SECRETS.get("slack webhook"),
        SECRETS.get("slack token"), SECRETS.get("stripe")));
    Files.writeString(dir.resolve("k8s-app.yaml"), """
        apiVersion: v1
        kind: Secret
        metadata:
          name: app
        data:
          password: %s
        stringData:
          tls.key: |
        %s
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
                  env:
                    - name: DB_PASSWORD
                      value: %s
                    - name: GITHUB_TOKEN
                      value: %s
        """.formatted(FakeSecrets.b64(SECRETS.get("k8s secret")), pem.indent(4).stripTrailing(),
        SECRETS.get("k8s env"), SECRETS.get("github")));
    Files.writeString(dir.resolve("docker-compose.yml"), """
        services:
          app:
            image: app
            environment:
              - JWT=%s
              - DATABASE_URL=postgres://app:%s@db:5432/app
              - GOOGLE_KEY=%s
            labels:
              gitlab: %s
              deployer: %s
        """.formatted(SECRETS.get("jwt"), SECRETS.get("url password"), SECRETS.get("google"),
        SECRETS.get("gitlab"), SECRETS.get("aws key id outside user data")));
    Files.writeString(dir.resolve("elasticsearch.yml"), """
        xpack.security.authc.realms.ldap.ldap1.bind_password: %s
        """.formatted(SECRETS.get("bind password")));
    Files.writeString(dir.resolve("tokens.json"), """
        {"npm": "%s", "sendgrid": "%s", "twilio": "%s", "openai": "%s",
         "anthropic": "%s", "fine": "%s", "key": "%s"}
        """.formatted(SECRETS.get("npm"), SECRETS.get("sendgrid"), SECRETS.get("twilio"),
        SECRETS.get("openai"), SECRETS.get("anthropic"), SECRETS.get("github fine-grained"),
        pem2.replace("\n", "\\n")));

    Scanner scanner = new Scanner(new BuiltinRuleProvider().rules(), List.of(new FixtureLoader()));
    result = scanner.scan(ScanRequest.builder().path(dir).build());
  }

  @Test
  void everyPlantedSecretIsFound() {
    List<String> ruleIds = result.findings().stream().map(Finding::ruleId).distinct().sorted().toList();
    assertThat(ruleIds).containsExactly("IAC-SECRET-001", "IAC-SECRET-002", "IAC-SECRET-003",
        "IAC-SECRET-004", "IAC-SECRET-005", "IAC-SECRET-006", "IAC-SECRET-007", "IAC-SECRET-008",
        "IAC-SECRET-009", "IAC-SECRET-010", "IAC-SECRET-011");
    // One finding per planted secret; each private key is one secret, named here by one line.
    assertThat(result.findings()).hasSize(SECRETS.size());
    assertThat(result.findings()).allSatisfy(f -> {
      assertThat(f.redactions()).isNotEmpty();
      assertThat(f.rule().category().id()).isEqualTo("secrets");
    });
  }

  @Test
  void noReportFormatPrintsASecret() throws IOException {
    ReportContext context = ReportContext.of("test", dir);
    for (ReportFormat format : ReportFormat.values()) {
      StringWriter out = new StringWriter();
      format.reporter().write(result, context, out);
      assertThat(out.toString()).as(format.id() + " output").isNotEmpty();
      assertNoSecret(format.id(), out.toString());
    }
  }

  @Test
  void theGraphOutputPrintsNoSecret() throws IOException {
    Redactor redactor = Redactor.of(result);
    StringWriter json = new StringWriter();
    new GraphJsonWriter().write(result.graph(), redactor, ReportContext.of("test", dir), json);
    assertThat(json.toString()).contains("\"nodes\"");
    assertNoSecret("graph json", json.toString());
    StringWriter text = new StringWriter();
    new GraphTextWriter().write(result.graph(), redactor, ReportContext.of("test", dir), text);
    assertNoSecret("graph text", text.toString());
  }

  @Test
  void findingsThemselvesHoldNoSecret() {
    for (Finding f : result.findings()) {
      assertNoSecret(f.ruleId() + " message", f.message());
      assertNoSecret(f.ruleId() + " fingerprint", f.fingerprint());
      assertNoSecret(f.ruleId() + " resource", f.resource());
    }
    result.diagnostics().forEach(d -> assertNoSecret("diagnostic", d.format()));
  }

  private static void assertNoSecret(String where, String output) {
    for (Map.Entry<String, String> s : SECRETS.entrySet()) {
      assertThat(output).as("%s must not contain the %s", where, s.getKey()).doesNotContain(s.getValue());
    }
    assertThat(output).as("%s must not contain the base64 Secret data", where)
        .doesNotContain(FakeSecrets.b64(SECRETS.get("k8s secret")));
  }

  /**
   * Registers each YAML/JSON fixture as a {@link DataDocument} (format from its name) and one graph
   * node per document whose configuration is the whole document, so that the graph output has every
   * value to show.
   */
  private static final class FixtureLoader implements InputLoader {
    @Override
    public void load(LoadContext context) {
      for (SourceFile file : context.files()) {
        String name = file.displayPath();
        SourceFormat format = name.endsWith(".cfn.yaml") ? SourceFormat.CLOUDFORMATION
            : name.startsWith("k8s-") ? SourceFormat.KUBERNETES
            : name.equals("docker-compose.yml") ? SourceFormat.DOCKER_COMPOSE
            : name.equals("elasticsearch.yml") ? SourceFormat.ELASTICSEARCH_CONFIG : null;
        DataDocument doc = YamlDocuments.of(file, format);
        context.addDocument(doc);
        context.claim(file);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < doc.roots().size(); i++) {
          if (doc.roots().get(i) instanceof MapValue config) {
            nodes.add(new Node(name + "#" + i, NodeKind.RESOURCE,
                format == null ? SourceFormat.KUBERNETES : format, "fixture", name + "#" + i,
                config.range(), config, Map.of()));
          }
        }
        nodes.forEach(context.graph()::add);
      }
    }
  }
}
