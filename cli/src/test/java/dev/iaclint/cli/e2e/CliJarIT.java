package dev.iaclint.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped jar, run as users run it, on the examples and on temporary projects. */
class CliJarIT {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "junit", "checkstyle", "gcc", "github"})
  void scansTheExamplesInEveryFormatWithoutBreaking(String format) throws Exception {
    JarRun run = JarRun.in(JarRun.REPO, "scan", "examples/", "--format", format);
    assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
    switch (format) {
      case "json" -> assertThat(JSON.readTree(run.out()).has("summary")).isTrue();
      case "sarif" -> assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(Files.newInputStream(JarRun.REPO.resolve("linter-core/src/test/resources/sarif/sarif-schema-2.1.0.json")))
          .validate(JSON.readTree(run.out()))).isEmpty();
      case "junit", "checkstyle" -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new java.io.ByteArrayInputStream(run.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      case "text" -> assertThat(run.out()).containsAnyOf("No findings.", "finding");
      default -> assertThat(run.out().lines()).allMatch(l -> l.startsWith("examples/") || l.startsWith("::"));
    }
    assertThat(run.out()).doesNotContain("\u001b[");
  }

  @Test
  void everyPlaceAGccLineQuotesOpensFromTheWorkingDirectoryLikeTheLineItself() throws Exception {
    JarRun run = JarRun.in(JarRun.REPO, "scan", "examples/", "--format", "gcc");
    java.util.regex.Pattern quoted = java.util.regex.Pattern.compile(" at ([^ ]+):(\\d+):(\\d+)");
    long checked = 0;
    for (String line : run.out().lines().toList()) {
      java.util.regex.Matcher m = quoted.matcher(line);
      while (m.find()) {
        assertThat(JarRun.REPO.resolve(m.group(1))).as(line).isRegularFile();
        checked++;
      }
    }
    // The Terraform and CloudFormation examples say where their deciding variable/parameter was set.
    assertThat(checked).as(run.toString()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void writesSeveralOutputsFromOneRun() throws Exception {
    JarRun run = JarRun.in(dir, "scan", JarRun.REPO.resolve("examples").toString(), "--format", "text",
        "--output", "sarif=out.sarif", "--output", "junit=report.xml", "--output", "json=report.json");
    assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
    assertThat(JSON.readTree(dir.resolve("out.sarif").toFile()).get("version").asText()).isEqualTo("2.1.0");
    assertThat(Files.readString(dir.resolve("report.xml"))).contains("<testsuites");
    assertThat(JSON.readTree(dir.resolve("report.json").toFile()).has("findings")).isTrue();
  }

  @Test
  void anEmptyProjectIsCleanWithExit0() throws Exception {
    JarRun run = JarRun.in(dir, "scan");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("No findings.");
  }

  @Test
  void aMissingPathExits2WithAClearMessage() throws Exception {
    JarRun run = JarRun.in(dir, "scan", "does/not/exist");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("no such file or directory: does/not/exist");
    JarRun json = JarRun.in(dir, "scan", "does/not/exist", "--format", "json");
    assertThat(json.exitCode()).isEqualTo(2);
    assertThat(JSON.readTree(json.out()).get("errors").get(0).get("message").asText())
        .isEqualTo("no such file or directory: does/not/exist");
    assertThat(json.err()).contains("no such file or directory: does/not/exist");
  }

  @Test
  void usageErrorsAreOneLineWithExit2() throws Exception {
    for (String[] args : new String[][] {
        {"scan", "--bogus"}, {"scan", "--format", "yaml"}, {"scan", "--include", "NOT-A-RULE"},
        {"scan", "--fail-on", "urgent"}, {"explain", "NOT-A-RULE"}, {"rules", "--format", "xml"}}) {
      JarRun run = JarRun.in(dir, args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().lines()).as(run.toString()).hasSize(1);
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void filtersByCategoryAndSeverityAreAccepted() throws Exception {
    JarRun run = JarRun.in(JarRun.REPO, "scan", "examples/", "--include", "secrets", "--exclude", "LOW",
        "--exclude-path", "**/hardened-*/**", "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
    for (JsonNode f : JSON.readTree(run.out()).get("findings")) {
      assertThat(f.get("category").asText()).isEqualTo("secrets");
      assertThat(f.get("severity").asText()).isNotEqualTo("LOW");
    }
  }

  @Test
  void varAndVarFileApplyInCommandLineOrderTheLaterWinning() throws Exception {
    Files.writeString(dir.resolve("main.tf"), """
        variable "encrypt" {
          type = bool
        }
        resource "aws_opensearch_domain" "logs" {
          domain_name = "logs"
          encrypt_at_rest {
            enabled = var.encrypt
          }
        }
        """);
    Files.writeString(dir.resolve("on.tfvars"), "encrypt = true\n");
    JarRun fileLast = JarRun.in(dir, "scan", "--include", "IAC-AWS-ES-002", "--format", "json",
        "--var", "encrypt=false", "--var-file", "on.tfvars");
    assertThat(fileLast.exitCode()).as(fileLast.toString()).isZero();
    assertThat(JSON.readTree(fileLast.out()).get("findings")).isEmpty();
    JarRun varLast = JarRun.in(dir, "scan", "--include", "IAC-AWS-ES-002", "--format", "json",
        "--var-file", "on.tfvars", "--var", "encrypt=false");
    assertThat(varLast.exitCode()).as(varLast.toString()).isEqualTo(1);
    JsonNode findings = JSON.readTree(varLast.out()).get("findings");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).get("message").asText()).contains("variable 'encrypt' (--var)");
  }

  @Test
  void softFailAndFailOnNeverTurnAnInputErrorIntoSuccess() throws Exception {
    assertThat(JarRun.in(dir, "scan", "--soft-fail", "missing").exitCode()).isEqualTo(2);
    assertThat(JarRun.in(dir, "scan", "--fail-on", "CRITICAL").exitCode()).isZero();
  }

  @Test
  void aBadConfigFileIsReportedWithFileLineAndColumn() throws Exception {
    Files.writeString(dir.resolve(".iaclint.yml"), "format: json\nfail-on: SOMETIMES\n");
    JarRun run = JarRun.in(dir, "scan");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(".iaclint.yml:2:10: fail-on must be one of CRITICAL, HIGH, MEDIUM, LOW, not 'SOMETIMES'");
  }

  @Test
  void aGoodConfigFileSetsTheFormat() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.createDirectories(dir.resolve("infra"));
    Files.writeString(dir.resolve(".iaclint.yml"), "format: json\nsoft-fail: true\n");
    JarRun run = JarRun.in(dir, "scan", "infra");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(JSON.readTree(run.out()).has("findings")).isTrue();
  }

  @Test
  void baselineCreateThenBaselineReportsNothingNew() throws Exception {
    Path examples = JarRun.REPO.resolve("examples");
    JarRun create = JarRun.in(dir, "scan", examples.toString(), "--baseline-create", "baseline.json");
    assertThat(create.exitCode()).as(create.toString()).isZero();
    JsonNode baseline = JSON.readTree(dir.resolve("baseline.json").toFile());
    assertThat(baseline.get("version").asInt()).isEqualTo(1);
    JarRun again = JarRun.in(dir, "scan", examples.toString(), "--baseline", "baseline.json", "--format", "json");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    for (JsonNode f : JSON.readTree(again.out()).get("findings")) {
      assertThat(f.get("suppressed").asBoolean()).isTrue();
    }
    assertThat(JarRun.in(dir, "scan", "--baseline", "missing.json").exitCode()).isEqualTo(2);
  }

  @Test
  void rulesExplainGraphAndCompletionRun() throws Exception {
    JarRun rules = JarRun.in(dir, "rules", "--format", "json");
    assertThat(rules.exitCode()).isZero();
    JsonNode list = JSON.readTree(rules.out()).get("rules");
    if (!list.isEmpty()) {
      String id = list.get(0).get("id").asText();
      JarRun explain = JarRun.in(dir, "explain", id);
      assertThat(explain.exitCode()).isZero();
      assertThat(explain.out()).startsWith(id);
    }
    JarRun graph = JarRun.in(JarRun.REPO, "graph", "examples/", "--format", "json");
    assertThat(graph.exitCode()).as(graph.toString()).isZero();
    assertThat(JSON.readTree(graph.out()).has("nodes")).isTrue();
    assertThat(JarRun.in(dir, "completion").out()).contains("complete -F");
    assertThat(JarRun.in(dir, "--version").out()).startsWith("iaclint 0.");
  }

  @Test
  void outputIsByteIdenticalAcrossRuns() throws Exception {
    for (String format : new String[] {"json", "sarif", "text"}) {
      assertThat(JarRun.in(JarRun.REPO, "scan", "examples/", "-f", format).out())
          .isEqualTo(JarRun.in(JarRun.REPO, "scan", "examples/", "-f", format).out());
    }
  }
}
