package dev.iaclint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iaclint.core.baseline.Baseline;
import dev.iaclint.core.config.FindingFilter;
import dev.iaclint.core.config.FindingPolicy;
import dev.iaclint.core.report.ReportFormat;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IaclintCheckTest {
  private static final String SECRET = "tok_9f8e7d6c5b4a39281706";

  @TempDir
  Path project;

  private final RecordingLog log = new RecordingLog();

  private static final FindingPolicy NO_POLICY = new FindingPolicy(Map.of(), FindingFilter.ALL, null, null, null);

  private CheckSettings settings(Severity failOn, boolean failOnParseErrors, ReportFormat... formats) {
    return settings(NO_POLICY, failOn, false, failOnParseErrors, formats);
  }

  private CheckSettings settings(FindingPolicy policy, Severity failOn, boolean softFail,
      boolean failOnParseErrors, ReportFormat... formats) {
    return new CheckSettings(List.of(project), List.of("target"), List.of(), project,
        project.resolve("target/iaclint"), List.of(formats), policy, failOn, softFail, failOnParseErrors,
        Map.of(), List.of(), Map.of(), Map.of(), "1.2.3");
  }

  private ScanResult run(CheckSettings settings) throws MojoExecutionException, MojoFailureException {
    return new IaclintCheck(FakeFormat.scanner(), log).run(settings);
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void varFilesApplyFirstAndVarsWinOverThem() throws Exception {
    write("infra/main.tf", "closed\n");
    write("prod.tfvars", "a = 2\n");
    List<String> seen = new ArrayList<>();
    Scanner recording = new Scanner(List.of(), List.of(context -> {
      for (ScanRequest.TerraformInput i : context.request().terraformInputs()) {
        seen.add(i instanceof ScanRequest.TerraformInput.Var v ? "var " + v.name() + "=" + v.value()
            : "file " + ((ScanRequest.TerraformInput.VarFile) i).file().getFileName());
      }
    }));
    new IaclintCheck(recording, log).run(new CheckSettings(List.of(project), List.of("target"), List.of(), project,
        project.resolve("target/iaclint"), List.of(), NO_POLICY, Severity.LOW, false, true,
        Map.of("a", "1"), List.of(project.resolve("prod.tfvars")), Map.of(), Map.of(), "1.2.3"));
    assertThat(seen).containsExactly("file prod.tfvars", "var a=1");
  }

  @Test
  void findingsAtOrAboveTheThresholdFailTheBuildWithCountsAndReportFiles() throws IOException {
    write("infra/main.tf", "open high\nopen low\nopen medium\n");

    assertThatThrownBy(() -> run(settings(Severity.MEDIUM, true, ReportFormat.SARIF, ReportFormat.JSON)))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("iaclint: 2 findings at or above MEDIUM; in all 3 findings (0 critical, 1 high,"
            + " 1 medium, 1 low), 1 file scanned; reports: target/iaclint/iaclint.sarif,"
            + " target/iaclint/iaclint.json");
    assertThat(project.resolve("target/iaclint/iaclint.sarif")).isNotEmptyFile();
    assertThat(project.resolve("target/iaclint/iaclint.json")).isNotEmptyFile();
  }

  @Test
  void eachFindingIsOneGccLineLoggedAsErrorOrWarningBySeverity() throws IOException {
    write("infra/main.tf", "open low\nopen critical\nopen high\nopen medium\n");

    assertThatThrownBy(() -> run(settings(Severity.LOW, true))).isInstanceOf(MojoFailureException.class);

    assertThat(log.withPrefix("[ERROR]")).containsExactly(
        "[ERROR] infra/main.tf:2:1: error: thing is open [IAC-TEST-001]",
        "[ERROR] infra/main.tf:3:1: error: thing is open [IAC-TEST-001]");
    assertThat(log.withPrefix("[WARNING]")).containsExactly(
        "[WARNING] infra/main.tf:1:1: warning: thing is open [IAC-TEST-001]",
        "[WARNING] infra/main.tf:4:1: warning: thing is open [IAC-TEST-001]");
  }

  @Test
  void findingsBelowTheThresholdAreLoggedAndTheBuildPassesWithASummaryLine() throws Exception {
    write("infra/main.tf", "open medium\n");

    ScanResult result = run(settings(Severity.HIGH, true, ReportFormat.SARIF));

    assertThat(result.findings()).hasSize(1);
    assertThat(log.withPrefix("[WARNING]")).containsExactly(
        "[WARNING] infra/main.tf:1:1: warning: thing is open [IAC-TEST-001]");
    assertThat(log.withPrefix("[INFO]")).containsExactly(
        "[INFO] iaclint: 1 finding (0 critical, 0 high, 1 medium, 0 low), 1 file scanned,"
            + " none at or above HIGH; reports: target/iaclint/iaclint.sarif");
  }

  @Test
  void softFailReportsFindingsAboveTheThresholdWithoutFailing() throws Exception {
    write("infra/main.tf", "open critical\n");

    run(settings(NO_POLICY, Severity.LOW, true, true));

    assertThat(log.withPrefix("[ERROR]")).hasSize(1);
    assertThat(log.withPrefix("[INFO]")).singleElement().asString()
        .endsWith("1 at or above LOW (softFail: the build goes on)");
  }

  @Test
  void softFailStillFailsOnAnInputError() throws IOException {
    write("infra/main.tf", "broken\n");

    assertThatThrownBy(() -> run(settings(NO_POLICY, Severity.LOW, true, true)))
        .isInstanceOf(MojoExecutionException.class);
  }

  @Test
  void theFindingPolicyIsAppliedBeforeJudgingLoggingAndReporting() throws Exception {
    write("infra/main.tf", "open critical\nopen low\n");
    ScanResult before = FakeFormat.scanner().scan(dev.iaclint.core.scan.ScanRequest.builder().path(project).build());
    FindingPolicy baselineAll = new FindingPolicy(Map.of(), FindingFilter.ALL, null, Baseline.of(before),
        "accepted.json");

    ScanResult result = run(settings(baselineAll, Severity.LOW, false, true, ReportFormat.JSON));

    assertThat(result.findings()).hasSize(2).allMatch(f -> f.suppressed());
    assertThat(log.withPrefix("[ERROR]")).isEmpty();
    assertThat(log.withPrefix("[WARNING]")).isEmpty();
    assertThat(log.withPrefix("[INFO]")).singleElement().asString()
        .startsWith("[INFO] iaclint: 0 findings (0 critical, 0 high, 0 medium, 0 low), 2 suppressed,");
    JsonNode json = new ObjectMapper().readTree(project.resolve("target/iaclint/iaclint.json").toFile());
    assertThat(json.path("findings").path(0).path("suppressed").asBoolean()).isTrue();
  }

  @Test
  void pathsAreRelativeToTheWorkingDirectoryNotTheScannedOne() throws Exception {
    write("module/infra/main.tf", "open low\n");
    CheckSettings settings = new CheckSettings(List.of(project.resolve("module")), List.of(), List.of(), project,
        project.resolve("module/target/iaclint"), List.of(ReportFormat.JSON), NO_POLICY, Severity.CRITICAL,
        false, true, Map.of(), List.of(), Map.of(), Map.of(), "1.2.3");

    run(settings);

    assertThat(log.withPrefix("[WARNING]")).containsExactly(
        "[WARNING] module/infra/main.tf:1:1: warning: thing is open [IAC-TEST-001]");
    assertThat(log.withPrefix("[INFO]")).singleElement().asString()
        .endsWith("reports: module/target/iaclint/iaclint.json");
    // The JSON report keeps paths relative to the scan root, as the contract says.
    assertThat(Files.readString(project.resolve("module/target/iaclint/iaclint.json")))
        .contains("\"file\": \"infra/main.tf\"");
  }

  @Test
  void anInputErrorFailsTheBuildWithItsPositionEvenWithoutFindings() throws IOException {
    write("infra/good.tf", "open low\n");
    write("infra/bad.tf", "fine\n\n  broken\n");

    assertThatThrownBy(() -> run(settings(Severity.CRITICAL, true, ReportFormat.JSON)))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("iaclint: 1 input could not be read or parsed (set failOnParseErrors=false")
        .hasMessageContaining("  infra/bad.tf:3:3: error: expected something else")
        .hasMessageContaining("1 finding (0 critical, 0 high, 0 medium, 1 low), 1 input error");
    assertThat(log.withPrefix("[ERROR]")).containsExactly(
        "[ERROR] infra/bad.tf:3:3: error: expected something else");
    // Everything else is still scanned and reported.
    JsonNode json = new ObjectMapper().readTree(project.resolve("target/iaclint/iaclint.json").toFile());
    assertThat(json.path("errors")).hasSize(1);
    assertThat(json.path("findings").path(0).path("ruleId").asText()).isEqualTo("IAC-TEST-001");
  }

  @Test
  void anInputErrorIsOnlyReportedWhenTheUserOptsOut() throws Exception {
    write("infra/bad.tf", "broken\n");

    ScanResult result = run(settings(Severity.LOW, false));

    assertThat(result.hasErrors()).isTrue();
    assertThat(log.withPrefix("[ERROR]")).containsExactly("[ERROR] infra/bad.tf:1:1: error: expected something else");
    assertThat(log.withPrefix("[INFO]")).singleElement().asString().contains("1 input error");
  }

  @Test
  void anInputErrorOutranksFindingsAboveTheThreshold() throws IOException {
    write("infra/a.tf", "open critical\n");
    write("infra/b.tf", "broken\n");

    assertThatThrownBy(() -> run(settings(Severity.LOW, true)))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("1 finding (1 critical");
  }

  @Test
  void noSecretReachesTheLogTheFailureMessageOrAnyReport() throws IOException {
    write("infra/main.tf", "token = " + SECRET + "\n");
    ReportFormat[] all = ReportFormat.values();

    assertThatThrownBy(() -> run(settings(Severity.LOW, true, all)))
        .isInstanceOf(MojoFailureException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));

    assertThat(log.withPrefix("[ERROR]")).containsExactly(
        "[ERROR] infra/main.tf:1:1: error: token **** is hardcoded [IAC-TEST-001]");
    assertThat(log.all()).doesNotContain(SECRET);
    try (var reports = Files.list(project.resolve("target/iaclint"))) {
      List<Path> files = reports.toList();
      assertThat(files).hasSize(all.length);
      for (Path report : files) {
        assertThat(Files.readString(report)).as(report.toString()).doesNotContain(SECRET);
      }
    }
  }

  @Test
  void everyFormatHasItsOwnFileAndNoFormatsMeansNoReports() throws Exception {
    write("infra/main.tf", "nothing to see\n");

    run(settings(Severity.LOW, true));
    assertThat(project.resolve("target/iaclint")).doesNotExist();
    assertThat(log.withPrefix("[INFO]")).singleElement().asString().endsWith("none at or above LOW");

    run(settings(Severity.LOW, true, ReportFormat.values()));
    try (var reports = Files.list(project.resolve("target/iaclint"))) {
      assertThat(reports.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "iaclint.sarif", "iaclint.json", "iaclint.txt", "iaclint-junit.xml",
          "iaclint-checkstyle.xml", "iaclint-gcc.txt", "iaclint-github.txt");
    }
  }

  @Test
  void customRuleDirectoriesAddTheirRulesAndABrokenRuleFileIsAnInputError() throws Exception {
    write("infra/main.tf", "nothing\n");
    write("rules/ok.yaml", """
        id: ACME-ES-001
        title: Search domain does not encrypt data at rest
        severity: HIGH
        category: encryption-at-rest
        match:
          terraform:
            types: [aws_opensearch_domain]
            assert: {path: encrypt_at_rest.enabled, equals: true, whenAbsent: false}
        """);
    CheckSettings withRules = new CheckSettings(List.of(project.resolve("infra")), List.of(),
        List.of(project.resolve("rules")), project, project.resolve("target/iaclint"), List.of(), NO_POLICY,
        Severity.LOW, false, true, Map.of(), List.of(), Map.of(), Map.of(), "1.2.3");

    ScanResult result = run(withRules);
    assertThat(result.rules()).extracting(r -> r.id()).contains("ACME-ES-001", FakeFormat.RULE_ID);

    write("rules/broken.yaml", "id: ACME-ES-002\nseverity: SEVERE\n");
    assertThatThrownBy(() -> run(withRules))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("rules/broken.yaml:1:1: error: a rule is missing 'title'");
  }

  @Test
  void excludedPathsAreNotScanned() throws Exception {
    write("infra/main.tf", "nothing\n");
    write("target/generated/main.tf", "open critical\n");

    ScanResult result = run(settings(Severity.LOW, true));

    assertThat(result.findings()).isEmpty();
    assertThat(result.filesScanned()).isEqualTo(1);
  }

  @Test
  void anInvalidExcludeGlobFailsTheBuildWithItsReason() throws Exception {
    write("infra/main.tf", "nothing\n");
    CheckSettings s = settings(Severity.LOW, true);
    CheckSettings badGlob = new CheckSettings(s.directories(), List.of("legacy/[a-"), s.ruleDirectories(),
        s.workingDirectory(), s.outputDirectory(), s.formats(), s.policy(), s.failOn(), s.softFail(),
        s.failOnParseErrors(), s.terraformVars(), s.terraformVarFiles(), s.cloudFormationParameters(),
        s.environment(), s.toolVersion());

    assertThatThrownBy(() -> run(badGlob))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("iaclint: excludes: invalid path glob 'legacy/[a-': ");
  }
}
