package dev.iaclint.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.load.HclDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {

  private static ScanResult scan(Path... paths) {
    return new Scanner(List.of()).scan(ScanRequest.builder().paths(List.of(paths)).build());
  }

  @Test
  void syntaxErrorInOneFileIsReportedWithItsPositionAndOtherFilesStillLoad(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("good.tf"), "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n");
    Files.writeString(dir.resolve("bad.tf"), "resource \"aws_s3_bucket\" \"c\" {\n  bucket \"x\"\n}\n");
    Files.writeString(dir.resolve("terraform.tfvars"), "region = \"eu-west-1\"\n");

    ScanResult result = scan(dir);

    assertThat(result.errors()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.range().file().displayPath()).isEqualTo("bad.tf"));
    Diagnostic first = result.errors().get(0);
    assertThat(first.range().startLine()).isEqualTo(2);
    assertThat(first.format()).startsWith("bad.tf:2:");
    assertThat(result.documents()).hasSize(3).allMatch(d -> d instanceof HclDocument);
    assertThat(result.filesScanned()).isEqualTo(3);
  }

  @Test
  void fileThatIsNotUtf8IsAnErrorAndTheRestGoesOn(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("latin1.tf"), "x = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("ok.tf"), "x = 1\n");

    ScanResult result = scan(dir);

    assertThat(result.errors()).singleElement()
        .satisfies(d -> assertThat(d.format()).startsWith("latin1.tf:1:1: not valid UTF-8"));
    assertThat(result.documents()).hasSize(1);
  }

  @Test
  void missingPathIsAnErrorWithoutAFakePosition(@TempDir Path dir) {
    ScanResult result = scan(dir.resolve("nope"));
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.errors().get(0).format()).startsWith("no such file or directory: ");
  }

  @Test
  void excludedPathsAreNotRead(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("legacy"));
    Files.writeString(dir.resolve("legacy/broken.tf"), "resource {{{");
    Files.writeString(dir.resolve("main.tf"), "x = 1\n");

    ScanResult result = new Scanner(List.of()).scan(
        ScanRequest.builder().path(dir).excludePath("legacy").build());

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.documents()).hasSize(1);
  }

  @Test
  void excludeGlobsReadLikeGitignoreDoubleStarsMatchNoDirectoryAndDotSlashIsTheRoot(@TempDir Path dir)
      throws Exception {
    for (String d : List.of("test", "a/test", "a/b/test/deep", "legacy", "keep")) {
      Files.createDirectories(dir.resolve(d));
      Files.writeString(dir.resolve(d).resolve("main.tf"), "x = 1\n");
    }
    Files.writeString(dir.resolve("main.tf"), "x = 1\n");

    assertThat(scannedWithout(dir, "**/test/**")).containsExactly("keep/main.tf", "legacy/main.tf", "main.tf");
    assertThat(scannedWithout(dir, "./legacy/**")).doesNotContain("legacy/main.tf").hasSize(5);
    assertThat(scannedWithout(dir, "**/*.tf")).isEmpty();
    assertThat(scannedWithout(dir, "a/**/test")).containsExactly("keep/main.tf", "legacy/main.tf", "main.tf",
        "test/main.tf");
  }

  @Test
  void anInvalidExcludeGlobIsRejectedWithAOneLineReason() {
    assertThatThrownBy(() -> ScanRequest.builder().excludePath("legacy/[a-"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid path glob 'legacy/[a-': ");
    assertThat(PathGlobs.problem("legacy/**")).isNull();
  }

  private static List<String> scannedWithout(Path dir, String glob) {
    ScanResult result = new Scanner(List.of()).scan(ScanRequest.builder().path(dir).excludePath(glob).build());
    return result.documents().stream().map(d -> d.file().displayPath()).sorted().toList();
  }

  // ---- Terraform plans, by content ----

  private static final String PLAN_JSON = """
      {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
        {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b",
         "values": {"bucket": "b"}}]}}}
      """;

  /** What {@code terraform plan -out NAME} writes: a zip with a {@code tfplan} entry. */
  private static void writeBinaryPlan(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("tfplan"));
      byte[] protobuf = new byte[512];
      for (int i = 0; i < protobuf.length; i++) {
        protobuf[i] = (byte) (i * 37 + 128);
      }
      zip.write(protobuf);
      zip.putNextEntry(new ZipEntry("tfstate"));
      zip.write("{\"version\": 4}".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("tfconfig/m-/main.tf"));
      zip.write("resource \"aws_s3_bucket\" \"b\" {}\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static List<String> files(ScanResult result, String type) {
    return result.graph().ofType(type).stream().map(n -> n.file().displayPath()).sorted().toList();
  }

  @Test
  void planJsonIsRecognisedByContentUnderTheJsonNamesUsersGiveIt(@TempDir Path dir) throws Exception {
    for (String name : List.of("tfplan.json", "plan.tfplan.json", "plan.out.json")) {
      Files.writeString(dir.resolve(name), PLAN_JSON);
    }

    ScanResult result = scan(dir);

    assertThat(files(result, "aws_s3_bucket"))
        .containsExactly("plan.out.json", "plan.tfplan.json", "tfplan.json");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.filesScanned()).isEqualTo(3);
  }

  @Test
  void planJsonGivenByNameIsReadWhateverItsName(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("plan"), PLAN_JSON);
    Files.writeString(dir.resolve("tfplan.out"), PLAN_JSON);

    ScanResult result = scan(dir.resolve("plan"), dir.resolve("tfplan.out"));

    assertThat(files(result, "aws_s3_bucket")).containsExactly("plan", "tfplan.out");
    assertThat(result.filesScanned()).isEqualTo(2);
  }

  @Test
  void otherJsonGivenByAnotherNameIsSkippedNotGuessedAt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("settings.conf"), "{\"format_version\": \"1\", \"name\": \"x\"}\n");

    ScanResult result = scan(dir.resolve("settings.conf"));

    assertThat(result.graph().nodes()).isEmpty();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.filesSkipped()).isEqualTo(1);
  }

  @Test
  void aBinaryPlanIsSkippedWithOneNoticeSayingHowToGetItsJson(@TempDir Path dir) throws Exception {
    writeBinaryPlan(dir.resolve("tfplan.json")); // terraform plan -out tfplan.json: a zip all the same
    Files.writeString(dir.resolve("main.tf"), "resource \"aws_s3_bucket\" \"b\" {}\n");

    ScanResult result = scan(dir);

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.NOTICE);
      assertThat(d.format()).isEqualTo("tfplan.json:1:1: skipped: binary Terraform plan (written by"
          + " 'terraform plan -out'); run 'terraform show -json tfplan.json > plan.json' and scan plan.json");
    });
    assertThat(result.filesScanned()).isEqualTo(1);
    assertThat(result.filesSkipped()).isEqualTo(1);
  }

  @Test
  void aBinaryPlanGivenByNameIsSkippedWithTheNotice(@TempDir Path dir) throws Exception {
    writeBinaryPlan(dir.resolve("tfplan"));

    ScanResult result = scan(dir.resolve("tfplan"));

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("'terraform show -json tfplan > plan.json'"));
  }

  @Test
  void aZipThatIsNoPlanIsStillAFileThatCannotBeRead(@TempDir Path dir) throws Exception {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("bundle.json")))) {
      zip.putNextEntry(new ZipEntry("data.bin"));
      zip.write(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    }

    ScanResult result = scan(dir);

    assertThat(result.errors()).singleElement()
        .satisfies(d -> assertThat(d.format()).startsWith("bundle.json:1:1: not valid UTF-8"));
  }
}
