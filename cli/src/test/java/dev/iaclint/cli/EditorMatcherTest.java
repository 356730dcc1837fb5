package dev.iaclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problem matcher shipped in src/editors/ reads every line of the gcc format correctly. */
class EditorMatcherTest {
  static final Path REPO = Path.of(System.getProperty("iaclint.repoRoot", "..")).toAbsolutePath().normalize();
  static final Pattern VSCODE_GCC = Pattern.compile("^(.*?):(\\d+):(\\d*):?\\s+(?:fatal\\s+)?(warning|error):\\s+(.*)$");

  @TempDir
  Path dir;

  private List<String> gccLines() throws IOException {
    Files.createDirectories(dir.resolve("infra"));
    Files.writeString(dir.resolve("infra/main.tf"), ScanCommandTest.DOMAIN);
    CliRun run = CliRun.in(dir, "scan", "--format", "gcc");
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(3);
    return lines;
  }

  @Test
  void theShippedVsCodeMatcherReadsFileLineColumnSeverityAndRule() throws IOException {
    JsonNode tasks = new ObjectMapper().readTree(REPO.resolve("src/editors/vscode/tasks.json").toFile());
    JsonNode pattern = tasks.at("/tasks/0/problemMatcher/pattern");
    Pattern regexp = Pattern.compile(pattern.get("regexp").asText());
    List<String> lines = gccLines();
    String[][] expected = {
        {"infra/main.tf", "3", "5", "error", "TEST-ENC-001"},
        {"infra/main.tf", "6", "3", "warning", "TEST-PUB-001"},
        {"infra/main.tf", "7", "3", "error", "TEST-SEC-001"}};
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = regexp.matcher(lines.get(i));
      assertThat(m.matches()).as(lines.get(i)).isTrue();
      assertThat(m.group(pattern.get("file").asInt())).isEqualTo(expected[i][0]);
      assertThat(m.group(pattern.get("line").asInt())).isEqualTo(expected[i][1]);
      assertThat(m.group(pattern.get("column").asInt())).isEqualTo(expected[i][2]);
      assertThat(m.group(pattern.get("severity").asInt())).isEqualTo(expected[i][3]);
      assertThat(m.group(pattern.get("code").asInt())).isEqualTo(expected[i][4]);
    }
  }

  @Test
  void vsCodesBuiltInGccMatcherReadsEveryLineToo() throws IOException {
    for (String line : gccLines()) {
      Matcher m = VSCODE_GCC.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      assertThat(m.group(1)).isEqualTo("infra/main.tf");
    }
  }
}
