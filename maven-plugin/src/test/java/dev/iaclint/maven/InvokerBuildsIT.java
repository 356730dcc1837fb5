package dev.iaclint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks what the real Maven builds of {@code src/it/*} left behind: the maven-invoker-plugin runs
 * them just before this test (same phase, declared first) into {@code target/it/}, and has already
 * checked each build's outcome against its {@code invoker.properties}.
 */
class InvokerBuildsIT {
  private static final Path IT = Path.of(System.getProperty("iaclint.itDirectory", "target/it"));
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aHardenedProjectPassesWithOneSummaryLineAndValidReports() throws IOException {
    Path project = IT.resolve("hardened-terraform");
    String log = invocations(buildLog(project)).get(0);
    assertThat(log).contains("BUILD SUCCESS").doesNotContain("BUILD FAILURE");
    assertThat(lines(log, "[INFO] iaclint: ")).singleElement().asString()
        .startsWith("[INFO] iaclint: 0 findings (0 critical, 0 high, 0 medium, 0 low)")
        .contains("none at or above LOW")
        .endsWith("reports: target/iaclint/iaclint.sarif, target/iaclint/iaclint.json");
    assertThat(lines(log, "[ERROR]")).isEmpty();
    assertThat(log).as("no .iaclint.yml above the project leaks in").doesNotContain("configuration from");

    Path reports = project.resolve("target/iaclint");
    assertThat(sarifSchemaErrors(reports.resolve("iaclint.sarif"))).isEmpty();
    JsonNode json = JSON.readTree(reports.resolve("iaclint.json").toFile());
    assertThat(json.path("findings")).isEmpty();
    assertThat(json.path("errors")).isEmpty();
    assertThat(json.path("summary").path("filesScanned").asInt() + json.path("summary").path("filesSkipped").asInt())
        .as("files read: infra/main.tf and infra/variables.tf").isEqualTo(2);
  }

  @Test
  void aVulnerableProjectFailsAndItsLogNamesEveryFindingWithSecretsMasked() throws IOException {
    Path project = IT.resolve("vulnerable");
    String log = buildLog(project);
    assertThat(log).contains("BUILD FAILURE").contains("MojoFailureException")
        .doesNotContain("MojoExecutionException");
    assertThat(log).contains("[ERROR] k8s/logging.yaml:47:22: error: 'SLACK_WEBHOOK_URL' holds a Slack"
        + " webhook URL ****");
    // The Terraform finding is decided by a value set in terraform.tfvars, and says so.
    assertThat(log).contains("[ERROR] infra/main.tf:34:5: error: OpenSearch/Elasticsearch domain does not"
        + " encrypt data at rest: encrypt_at_rest[0].enabled = false; value set by variable 'encrypt_logs'"
        + " (tfvars file) at infra/terraform.tfvars:2:1 [IAC-AWS-ES-002]");
    assertThat(log).contains("[ERROR] infra/main.tf:62:5: error: Security group allows"
        + " Elasticsearch/OpenSearch or Kibana ports from anywhere");
    assertThat(log).containsPattern("iaclint: \\d+ findings? at or above LOW; in all \\d+ findings? \\(");
    assertThat(log).contains("reports: target/iaclint/iaclint.sarif, target/iaclint/iaclint.json");

    // One log line per unsuppressed finding of the JSON report, at the level its severity says.
    JsonNode json = JSON.readTree(project.resolve("target/iaclint/iaclint.json").toFile());
    List<String> expected = new ArrayList<>();
    for (JsonNode f : json.path("findings")) {
      if (!f.path("suppressed").asBoolean()) {
        String severity = f.path("severity").asText();
        boolean error = severity.equals("CRITICAL") || severity.equals("HIGH");
        JsonNode at = f.path("location");
        expected.add((error ? "[ERROR] " : "[WARNING] ") + at.path("file").asText() + ":"
            + at.path("startLine").asInt() + ":" + at.path("startColumn").asInt() + ": "
            + (error ? "error: " : "warning: "));
      }
    }
    assertThat(expected).isNotEmpty();
    List<String> logged = log.lines().filter(l -> l.matches("\\[(ERROR|WARNING)\\] \\S+:\\d+:\\d+: .*\\]$")).toList();
    assertThat(logged).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(logged.get(i)).startsWith(expected.get(i));
    }

    assertThat(sarifSchemaErrors(project.resolve("target/iaclint/iaclint.sarif"))).isEmpty();
    JsonNode sarif = JSON.readTree(project.resolve("target/iaclint/iaclint.sarif").toFile());
    assertThat(sarif.findValuesAsText("ruleId")).contains("IAC-SECRET-009", "IAC-AWS-ES-002", "IAC-SECRET-003");
    assertThat(sarif.findValuesAsText("uri")).contains("k8s/logging.yaml");

    for (String secret : List.of("kXy9Qw2Lm4Np7Rs3Tv8Zb1Cd", "sk_live_4eC39HqLyjWDarjtT1zdp7dcQx2RbL9kE5mN")) {
      assertThat(log).doesNotContain(secret);
      for (String report : List.of("iaclint.sarif", "iaclint.json")) {
        assertThat(Files.readString(project.resolve("target/iaclint").resolve(report))).doesNotContain(secret);
      }
    }
  }

  @Test
  void theHelpGoalDocumentsTheParameters() throws IOException {
    List<String> runs = invocations(buildLog(IT.resolve("hardened-terraform")));
    assertThat(runs).hasSize(2);
    String log = runs.get(1);
    assertThat(log).contains("iaclint:check");
    for (String property : List.of("iaclint.skip", "iaclint.directories", "iaclint.excludes",
        "iaclint.excludeModules", "iaclint.failOn", "iaclint.failOnParseErrors", "iaclint.formats",
        "iaclint.outputDirectory", "iaclint.vars", "iaclint.varFiles", "iaclint.cfnParameters",
        "iaclint.configFile", "iaclint.baseline", "iaclint.softFail", "iaclint.ruleDirectories")) {
      assertThat(log).contains("User property: " + property);
    }
  }

  @Test
  void skipSkipsTheCheckOnAVulnerableProject() throws IOException {
    Path project = IT.resolve("skip");
    String log = buildLog(project);
    assertThat(log).contains("[INFO] iaclint: skipped (iaclint.skip)").contains("BUILD SUCCESS");
    assertThat(project.resolve("target/iaclint")).doesNotExist();
  }

  @Test
  void unreadableAndUnparsableFilesFailTheBuildWithTheirPositionUnlessTheUserOptsOut() throws IOException {
    Path project = IT.resolve("unreadable-input");
    String log = buildLog(project);
    List<String> runs = invocations(log);
    assertThat(runs).hasSize(2);

    String failed = runs.get(0);
    assertThat(failed).contains("BUILD FAILURE");
    assertThat(failed).contains("[ERROR] infra/broken.tf:1:1: error: not valid UTF-8 text");
    assertThat(failed).contains("[ERROR] infra/syntax.tf:3:12: error: expected a value after '=' for 'name'");
    assertThat(failed).contains("iaclint: 2 inputs could not be read or parsed (set failOnParseErrors=false");
    assertThat(failed).contains("[ERROR]   infra/syntax.tf:3:12: error:");
    assertThat(failed).contains("MojoExecutionException");

    String optedOut = runs.get(1);
    assertThat(optedOut).contains("BUILD SUCCESS");
    assertThat(optedOut).contains("[ERROR] infra/broken.tf:1:1: error: not valid UTF-8 text");
    assertThat(lines(optedOut, "[INFO] iaclint: ")).singleElement().asString()
        .contains("2 input errors").endsWith("reports: target/iaclint/iaclint-junit.xml");
    String junit = Files.readString(project.resolve("target/iaclint/iaclint-junit.xml"));
    assertThat(junit).contains("broken.tf");
  }

  @Test
  void aReactorBuiltInParallelScansEachModuleOnce() throws IOException {
    Path project = IT.resolve("reactor");
    String log = buildLog(project);
    assertThat(log).contains("MultiThreadedBuilder implementation with a thread count of 2")
        .contains("BUILD SUCCESS");
    // Every module finds the parent's .iaclint.yml (fail-on: CRITICAL).
    assertThat(lines(log, "[INFO] iaclint: configuration from ")).hasSize(3)
        .allSatisfy(line -> assertThat(line).endsWith("/reactor/.iaclint.yml"));
    assertThat(lines(log, "[INFO] iaclint: ").stream().filter(l -> l.contains(" findings ")))
        .hasSize(3).allSatisfy(line -> assertThat(line).contains("none at or above CRITICAL"));

    // Each module reads only its own files: the parent's scan leaves its modules alone.
    assertThat(filesRead(project)).as("shared/network.tf and .iaclint.yml (a .yml file)").isEqualTo(2);
    assertThat(filesRead(project.resolve("service-a"))).as("two .tf files").isEqualTo(2);
    assertThat(filesRead(project.resolve("service-b"))).as("one manifest").isEqualTo(1);
    for (Path module : List.of(project, project.resolve("service-a"), project.resolve("service-b"))) {
      assertThat(sarifSchemaErrors(module.resolve("target/iaclint/iaclint.sarif"))).isEmpty();
    }
  }

  @Test
  void aBadConfigurationFileFailsTheBuildNamingItsLineAndColumn() throws IOException {
    Path project = IT.resolve("bad-config");
    String log = buildLog(project);
    assertThat(log).contains("BUILD FAILURE");
    assertThat(log).contains(project.toRealPath().resolve(".iaclint.yml")
        + ":3:10: fail-on must be one of CRITICAL, HIGH, MEDIUM, LOW, not 'SEVERE'");
    assertThat(project.resolve("target/iaclint")).as("nothing is scanned").doesNotExist();
  }

  private static int filesRead(Path module) throws IOException {
    JsonNode summary = JSON.readTree(module.resolve("target/iaclint/iaclint.json").toFile()).path("summary");
    return summary.path("filesScanned").asInt() + summary.path("filesSkipped").asInt();
  }

  static String buildLog(Path project) throws IOException {
    Path log = project.resolve("build.log");
    assertThat(log).as("the invoker ran " + project.getFileName()).exists();
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** The logs of the separate Maven invocations ({@code invoker.goals.1}, {@code .2} …) in one build.log. */
  static List<String> invocations(String log) {
    return Arrays.stream(log.split("(?m)^\\[INFO\\] Scanning for projects\\.\\.\\.$"))
        .filter(s -> s.contains("BUILD "))
        .toList();
  }

  static List<String> lines(String log, String prefix) {
    return log.lines().filter(l -> l.startsWith(prefix)).toList();
  }

  /** Validates a SARIF file against the OASIS 2.1.0 schema that the core's tests use. */
  static List<Error> sarifSchemaErrors(Path sarif) throws IOException {
    Path schemaFile = Path.of(System.getProperty("iaclint.repoRoot", "..")).resolve(
        "linter-core/src/test/resources/sarif/sarif-schema-2.1.0.json");
    try (InputStream schemaIn = Files.newInputStream(schemaFile)) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaIn);
      return schema.validate(JSON.readTree(sarif.toFile()));
    }
  }
}
