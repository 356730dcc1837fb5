package dev.iaclint.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a new user runs into first, checked on the shipped jar with the real rules: help texts,
 * usage errors, exclude globs, configuration errors, other scanners' suppressions, and a report
 * redirected into the directory being scanned.
 */
class CliUsabilityIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PUBLIC_DOMAIN = """
      resource "aws_opensearch_domain" "logs" {
        domain_name = "logs"
        %s
        encrypt_at_rest { enabled = false }
      }
      """;

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"", "scan", "rules", "explain", "graph", "completion"})
  void everyHelpHasExamplesAndExitCodesAndNoWrappedLines(String command) throws Exception {
    List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command));
    args.add("--help");
    JarRun run = JarRun.in(dir, args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Examples:", "Exit codes:", "  0  ", "  2  ");
    // picocli wraps footer lines longer than 80 columns: the rest of an example's comment would
    // start a line of its own, in column 0, where a reader takes it for a command.
    String examples = run.out().substring(run.out().indexOf("Examples:\n") + "Examples:\n".length());
    assertThat(examples.substring(0, examples.indexOf("\n\n")).lines()).as(run.out())
        .allSatisfy(line -> assertThat(line).startsWith("  "));
  }

  @Test
  void usageErrorsNameTheProblemWithoutPicoclisWording() throws Exception {
    JarRun command = JarRun.in(dir, "scna", ".");
    assertThat(command.exitCode()).isEqualTo(2);
    assertThat(command.err()).isEqualTo("iaclint: unknown command 'scna' (commands: scan, rules, explain,"
        + " graph, completion, help) (see 'iaclint --help')\n");
    JarRun var = JarRun.in(dir, "scan", "--var", "region");
    assertThat(var.exitCode()).isEqualTo(2);
    assertThat(var.err()).isEqualTo("iaclint: --var: expected NAME=VALUE, for example --var env=prod"
        + " (see 'iaclint scan --help')\n");
    JarRun glob = JarRun.in(dir, "scan", "--exclude-path", "legacy/[a-");
    assertThat(glob.exitCode()).isEqualTo(2);
    assertThat(glob.err()).startsWith("iaclint: --exclude-path: invalid path glob 'legacy/[a-': ")
        .doesNotContain("internal error").hasLineCount(1);
  }

  @Test
  void excludePathGlobsMatchAtTheScanRootToo() throws Exception {
    Files.createDirectories(dir.resolve("test"));
    Files.createDirectories(dir.resolve("modules/search/test"));
    Files.createDirectories(dir.resolve("legacy"));
    for (String d : List.of("test", "modules/search/test", "legacy")) {
      Files.writeString(dir.resolve(d).resolve("main.tf"), PUBLIC_DOMAIN.formatted(""));
    }
    Files.writeString(dir.resolve("main.tf"), PUBLIC_DOMAIN.formatted(""));
    JarRun run = JarRun.in(dir, "scan", "--include", "IAC-AWS-ES-002", "--format", "gcc",
        "--exclude-path", "**/test/**", "--exclude-path", "./legacy");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out().lines().map(l -> l.substring(0, l.indexOf(':')))).containsExactly("main.tf");
  }

  @Test
  void aBadExcludeGlobOrMissingVarFileInTheConfigIsReportedAtItsLine() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".iaclint.yml"), "fail-on: HIGH\nexclude-path: [\"ok/**\", \"[\"]\n");
    JarRun glob = JarRun.in(dir, "scan");
    assertThat(glob.exitCode()).isEqualTo(2);
    assertThat(glob.err()).startsWith("iaclint: " + dir.resolve(".iaclint.yml") + ":2:25: exclude-path: invalid path glob '['");
    Files.writeString(dir.resolve(".iaclint.yml"), "fail-on: HIGH\nvar-file:\n  - prod.tfvars\n");
    JarRun varFile = JarRun.in(dir, "scan");
    assertThat(varFile.exitCode()).isEqualTo(2);
    assertThat(varFile.err()).isEqualTo("iaclint: " + dir.resolve(".iaclint.yml")
        + ":3:5: var-file: no such file: prod.tfvars\n");
    Files.writeString(dir.resolve(".iaclint.yml"), "baseline: .iaclint-baseline.json\n");
    JarRun baseline = JarRun.in(dir, "scan");
    assertThat(baseline.exitCode()).isEqualTo(2);
    assertThat(baseline.err()).isEqualTo("iaclint: " + dir.resolve(".iaclint.yml") + ": baseline "
        + dir.resolve(".iaclint-baseline.json") + " does not exist; create it with --baseline-create\n");
    JarRun create = JarRun.in(dir, "scan", "--baseline-create", ".iaclint-baseline.json");
    assertThat(create.exitCode()).as(create.toString()).isZero();
    assertThat(JarRun.in(dir, "scan").exitCode()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "#tfsec:ignore:aws-elasticsearch-enable-domain-encryption",
      "#tfsec:ignore:aws-elastic-search-enable-domain-encryption:exp:2099-12-31",
      "#trivy:ignore:AVD-AWS-0048",
      "#checkov:skip=CKV_AWS_5:test data"})
  void otherScannersSuppressionsWorkWithTheRealRules(String comment) throws Exception {
    Files.writeString(dir.resolve("main.tf"), PUBLIC_DOMAIN.formatted(comment));
    JarRun run = JarRun.in(dir, "scan", "--include", "IAC-AWS-ES-002", "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode finding = JSON.readTree(run.out()).get("findings").get(0);
    assertThat(finding.get("suppressed").asBoolean()).isTrue();
  }

  @Test
  void anExpiredTfsecSuppressionStopsSuppressingAndSaysSo() throws Exception {
    Files.writeString(dir.resolve("main.tf"),
        PUBLIC_DOMAIN.formatted("#tfsec:ignore:aws-elasticsearch-enable-domain-encryption:exp:2020-01-31"));
    JarRun run = JarRun.in(dir, "scan", "--include", "IAC-AWS-ES-002", "--format", "gcc");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("main.tf:4:21: error: ");
    assertThat(run.err()).contains("main.tf:3:3: warning: suppression of IAC-AWS-ES-002 expired on 2020-01-31");
  }

  @Test
  void aJsonReportRedirectedIntoTheScannedDirectoryIsNotAnInputError() throws Exception {
    Files.writeString(dir.resolve("main.tf"), PUBLIC_DOMAIN.formatted(""));
    // The shell creates report.json, empty, before iaclint starts.
    Files.writeString(dir.resolve("report.json"), "");
    JarRun run = JarRun.in(dir, "scan", ".", "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(JSON.readTree(run.out()).get("errors")).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aTsconfigWithCommentsBesideTheInfrastructureIsNotAnInputError() throws Exception {
    Files.writeString(dir.resolve("main.tf"), PUBLIC_DOMAIN.formatted(""));
    Files.writeString(dir.resolve("tsconfig.json"), "{\n  // strict mode\n  \"compilerOptions\": {\"strict\": true,},\n}\n");
    JarRun run = JarRun.in(dir, "scan", ".", "--include", "IAC-AWS-ES-002", "--format", "gcc");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).startsWith("main.tf:4:21: error: ");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "junit", "checkstyle", "gcc", "github"})
  void theOrderOfThePathsGivenDoesNotChangeAByte(String format) throws Exception {
    JarRun forward = JarRun.in(JarRun.REPO, "scan", "examples/terraform", "examples/kubernetes",
        "examples/cloudformation", "--format", format);
    JarRun backward = JarRun.in(JarRun.REPO, "scan", "examples/cloudformation", "examples/kubernetes",
        "examples/terraform", "--format", format);
    assertThat(forward.exitCode()).as(forward.toString()).isEqualTo(1);
    assertThat(backward.out()).isEqualTo(forward.out());
    assertThat(backward.err()).isEqualTo(forward.err());
  }

  @Test
  void aBaselineKeepsMatchingWhenCodeMovesAndLetsANewFindingThrough() throws Exception {
    Files.writeString(dir.resolve("main.tf"), PUBLIC_DOMAIN.formatted(""));
    JarRun create = JarRun.in(dir, "scan", "--baseline-create", "baseline.json");
    assertThat(create.exitCode()).as(create.toString()).isZero();
    Files.writeString(dir.resolve("main.tf"), "# moved down by a comment\n\n\n" + PUBLIC_DOMAIN.formatted("")
        + PUBLIC_DOMAIN.formatted("").replace("\"logs\"", "\"audit\""));
    JarRun again = JarRun.in(dir, "scan", "--baseline", "baseline.json", "--include", "IAC-AWS-ES-002",
        "--format", "json");
    assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
    JsonNode findings = JSON.readTree(again.out()).get("findings");
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).get("resource").asText()).isEqualTo("aws_opensearch_domain.logs");
    assertThat(findings.get(0).get("location").get("startLine").asInt()).isEqualTo(7);
    assertThat(findings.get(0).get("suppression").get("kind").asText()).isEqualTo("baseline");
    assertThat(findings.get(1).get("resource").asText()).isEqualTo("aws_opensearch_domain.audit");
    assertThat(findings.get(1).get("suppressed").asBoolean()).isFalse();
  }

  @Test
  void colourDependsOnStdoutAloneNotOnStdin() throws Exception {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "needs script(1) for a pseudo-terminal");
    Files.writeString(dir.resolve("main.tf"), PUBLIC_DOMAIN.formatted(""));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // stdout is the pseudo-terminal; stdin is not.
    ProcessBuilder pb = new ProcessBuilder(script.toString(), "-q", "-e", "-c",
        "'" + java + "' -jar '" + JarRun.JAR + "' scan --include IAC-AWS-ES-002 . < /dev/null", "/dev/null")
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().remove("NO_COLOR");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(1);
    assertThat(out).contains("\u001b[");
  }
}
