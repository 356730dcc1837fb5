package dev.iaclint.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.load.HclDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
