package dev.iaclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.Scanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
  static final String SECRET = "Sup3rS3cretValue!";
  static final String DOMAIN = """
      resource "aws_opensearch_domain" "logs" {
        encryption {
          enabled = false
        }
        logging = true
        public = true
        password = "%s"
      }
      """.formatted(SECRET);

  @TempDir
  Path dir;

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void reportsFindingsAsTextAndExitsWith1() throws IOException {
    write("main.tf", DOMAIN);
    CliRun run = CliRun.in(dir, "scan", ".");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).contains("main.tf\n", "HIGH     TEST-ENC-001 Storage is not encrypted",
        "aws_opensearch_domain.logs at main.tf:3:5", "fix: Fix TEST-ENC-001.");
    assertThat(run.out).contains("3 findings: 1 critical, 1 high, 1 medium, 0 low.");
    assertThat(run.out + run.err).doesNotContain(SECRET);
    assertThat(run.out).doesNotContain("\u001b[");
  }

  @Test
  void filesOfSeveralScanPathsAreNamedFromTheirCommonDirectorySoTheyCanBeToldApart() throws IOException {
    write("envs/prod/main.tf", DOMAIN);
    write("envs/staging/main.tf", DOMAIN);
    JsonNode report = json(CliRun.in(dir, "scan", "envs/prod", "envs/staging", "--format", "json").out);
    assertThat(report.get("findings").findValuesAsText("file")).contains("prod/main.tf", "staging/main.tf")
        .doesNotContain("main.tf");
    // One path keeps naming its files relative to itself.
    JsonNode one = json(CliRun.in(dir, "scan", "envs/prod", "--format", "json").out);
    assertThat(one.get("findings").findValuesAsText("file")).containsOnly("main.tf");
  }

  @Test
  void scansTheWorkingDirectoryByDefaultAndExits0WhenClean() throws IOException {
    write("main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  encryption {\n    enabled = true\n  }\n  logging = true\n}\n");
    CliRun run = CliRun.in(dir, "scan");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).startsWith("No findings. 4 checks passed. 1 file scanned.");
  }

  @Test
  void failOnSetsTheThresholdAndSoftFailAlwaysPasses() throws IOException {
    write("main.tf", "resource \"a\" \"b\" {\n  encryption {\n    enabled = true\n  }\n  public = true\n}\n");
    assertThat(CliRun.in(dir, "scan", "--fail-on", "HIGH").exitCode).isZero();
    assertThat(CliRun.in(dir, "scan", "--fail-on", "medium").exitCode).isEqualTo(1);
    assertThat(CliRun.in(dir, "scan", "--soft-fail").exitCode).isZero();
    CliRun bad = CliRun.in(dir, "scan", "--fail-on", "URGENT");
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err.lines()).hasSize(1);
    assertThat(bad.err).contains("unknown severity 'URGENT'");
  }

  @Test
  void softFailStillExits2WhenAnInputIsMissing() throws IOException {
    write("main.tf", DOMAIN);
    CliRun run = CliRun.in(dir, "scan", "--soft-fail", ".", "does/not/exist");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).contains("error: no such file or directory: does/not/exist", "3 findings");
  }

  @Test
  void includeAndExcludeTakeRuleIdsCategoriesAndSeverities() throws IOException {
    write("main.tf", DOMAIN);
    assertThat(json(CliRun.in(dir, "scan", "-f", "json", "--include", "TEST-ENC-001").out)
        .get("findings")).hasSize(1);
    assertThat(json(CliRun.in(dir, "scan", "-f", "json", "--include", "secrets,public-exposure").out)
        .get("findings")).hasSize(2);
    assertThat(json(CliRun.in(dir, "scan", "-f", "json", "--exclude", "CRITICAL").out)
        .get("findings")).hasSize(2);
    assertThat(json(CliRun.in(dir, "scan", "-f", "json", "--exclude", "test-*").out)
        .get("findings")).isEmpty();
    CliRun unknown = CliRun.in(dir, "scan", "--include", "TEST-NOPE-9");
    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.err.lines()).hasSize(1);
    assertThat(unknown.err).contains("'TEST-NOPE-9' is not a rule id, category or severity");
  }

  @Test
  void excludePathSkipsFiles() throws IOException {
    write("legacy/main.tf", DOMAIN);
    assertThat(CliRun.in(dir, "scan", "--exclude-path", "legacy/**").exitCode).isZero();
  }

  @Test
  void writesSeveralOutputsFromOneRun() throws IOException {
    write("main.tf", DOMAIN);
    CliRun run = CliRun.in(dir, "scan", "--format", "gcc", "--output", "sarif=reports/out.sarif",
        "-o", "junit=report.xml", "--output", "json=r.json");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out.lines()).hasSize(3).allMatch(l -> l.startsWith("main.tf:"));
    assertThat(json(Files.readString(dir.resolve("reports/out.sarif"))).get("version").asText()).isEqualTo("2.1.0");
    assertThat(Files.readString(dir.resolve("report.xml"))).contains("<testsuites");
    assertThat(json(Files.readString(dir.resolve("r.json"))).get("findings")).hasSize(3);
    CliRun bad = CliRun.in(dir, "scan", "--output", "yaml=x.yaml");
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err).contains("unknown format 'yaml'");
  }

  @Test
  void machineReadableStdoutGetsNothingButTheReport() throws IOException {
    write("main.tf", DOMAIN);
    CliRun run = CliRun.in(dir, "scan", "-f", "json", ".", "missing");
    assertThat(json(run.out).get("errors").get(0).get("message").asText()).contains("missing");
    assertThat(run.err).contains("iaclint: error: no such file or directory: missing");
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() throws IOException {
    write("main.tf", DOMAIN);
    assertThat(CliRun.in(dir, Map.of(), true, FakeTerraform.rules(), "scan").out).contains("\u001b[");
    assertThat(CliRun.in(dir, Map.of(), true, FakeTerraform.rules(), "scan", "--no-color").out).doesNotContain("\u001b[");
    assertThat(CliRun.in(dir, Map.of("NO_COLOR", "1"), true, FakeTerraform.rules(), "scan").out).doesNotContain("\u001b[");
  }

  @Test
  void missingPathIsAClearErrorWithExit2() {
    CliRun run = CliRun.in(dir, "scan", "does/not/exist");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).contains("no such file or directory: does/not/exist");
  }

  @Test
  void unknownOptionIsAOneLineUsageError() {
    CliRun run = CliRun.in(dir, "scan", "--no-such-option");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines().toList()).containsExactly(
        "iaclint: Unknown option: '--no-such-option' (see 'iaclint scan --help')");
  }

  @Test
  void varsAndVarFilesAreCheckedAndPassedOn() throws IOException {
    write("main.tf", DOMAIN);
    CliRun missing = CliRun.in(dir, "scan", "--var-file", "nope.tfvars");
    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(missing.err).contains("--var-file: no such file");
    CliRun badVar = CliRun.in(dir, "scan", "--var", "novalue");
    assertThat(badVar.exitCode).isEqualTo(2);
    write("prod.tfvars", "x = 1\n");
    assertThat(CliRun.in(dir, "scan", "--var", "a=b", "--var-file", "prod.tfvars", "--cfn-param", "Env=prod")
        .exitCode).isEqualTo(1);
  }

  @Test
  void varsAndVarFilesReachTheScanInCommandLineOrderAfterThoseOfTheConfigFile() throws IOException {
    write("main.tf", DOMAIN);
    write("one.tfvars", "a = 1\n");
    write("two.tfvars", "a = 2\n");
    write(".iaclint.yml", "var: {a: config}\nvar-file: [one.tfvars]\n");
    assertThat(inputsGiven("scan", "--var", "a=1", "--var-file", "two.tfvars", "--var=b=3"))
        .containsExactly("var a=config", "var a=1", "file two.tfvars", "var b=3");
    assertThat(inputsGiven("scan", "--var-file=two.tfvars", "--var", "a=1"))
        .containsExactly("var a=config", "file two.tfvars", "var a=1");
    assertThat(inputsGiven("scan", "--var", "b=3"))
        .containsExactly("file one.tfvars", "var a=config", "var b=3");
  }

  /** The Terraform inputs the scan receives, in order: "var NAME=VALUE" or "file NAME". */
  private List<String> inputsGiven(String... args) {
    List<String> seen = new ArrayList<>();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment cli = new CliEnvironment(new PrintWriter(out), new PrintWriter(err), Map.of(), dir, false, false,
        FakeTerraform::rules, rules -> new Scanner(rules, List.of(context -> {
          for (ScanRequest.TerraformInput i : context.request().terraformInputs()) {
            seen.add(i instanceof ScanRequest.TerraformInput.Var v ? "var " + v.name() + "=" + v.value()
                : "file " + ((ScanRequest.TerraformInput.VarFile) i).file().getFileName());
          }
        })), Clock.systemUTC());
    assertThat(Main.run(cli, args)).as(err.toString()).isZero();
    return seen;
  }

  @Test
  void outputIsByteIdenticalAcrossRuns() throws IOException {
    write("a/main.tf", DOMAIN);
    write("b/main.tf", DOMAIN);
    for (String format : List.of("text", "json", "sarif", "junit", "checkstyle", "gcc", "github")) {
      assertThat(CliRun.in(dir, "scan", "-f", format).out).isEqualTo(CliRun.in(dir, "scan", "-f", format).out);
    }
  }
}
