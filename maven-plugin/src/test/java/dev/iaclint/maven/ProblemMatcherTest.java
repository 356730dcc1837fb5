package dev.iaclint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iaclint.core.config.FindingFilter;
import dev.iaclint.core.config.FindingPolicy;
import dev.iaclint.core.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The problem matcher the README documents for Maven logs is the one shipped for the CLI with the
 * optional {@code [ERROR] }/{@code [WARNING] } prefix, and it reads the lines the goal logs.
 */
class ProblemMatcherTest {
  private static final Path REPO = Path.of(System.getProperty("iaclint.repoRoot", ".."));
  private static final String MAVEN_PREFIX = "(?:\\[(?:ERROR|WARNING)\\]\\s+)?";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path project;

  /** The {@code "regexp"} of the README's tasks.json snippet, as VS Code reads the JSON string. */
  private static String documentedRegexp() throws Exception {
    Path readme = REPO.resolve("README.md");
    List<String> lines = Files.readAllLines(readme).stream()
        .filter(l -> l.strip().startsWith("\"regexp\": \"")).toList();
    assertThat(lines).as("one problem matcher pattern in " + readme).hasSize(1);
    String json = "{" + lines.get(0).strip().replaceAll(",$", "") + "}";
    return JSON.readTree(json).path("regexp").asText();
  }

  private static String shippedRegexp() throws Exception {
    JsonNode tasks = JSON.readTree(REPO.resolve("src/editors/vscode/tasks.json").toFile());
    return tasks.path("tasks").path(0).path("problemMatcher").path("pattern").path("regexp").asText();
  }

  @Test
  void theMavenPatternIsTheShippedOneWithAnOptionalLogLevelPrefix() throws Exception {
    String shipped = shippedRegexp();
    assertThat(shipped).startsWith("^");
    assertThat(documentedRegexp()).isEqualTo("^" + MAVEN_PREFIX + shipped.substring(1));
  }

  @Test
  void itReadsEveryFindingTheGoalLogs() throws Exception {
    Files.createDirectories(project.resolve("infra"));
    Files.writeString(project.resolve("infra/main.tf"), "open high\nopen low\n");
    RecordingLog log = new RecordingLog();
    CheckSettings settings = new CheckSettings(List.of(project), List.of(), List.of(), project,
        project.resolve("target"), List.of(), new FindingPolicy(Map.of(), FindingFilter.ALL, null, null, null),
        Severity.LOW, false, false, Map.of(), List.of(), Map.of(), Map.of(), "1.0");
    assertThatThrownBy(() -> new IaclintCheck(FakeFormat.scanner(), log).run(settings))
        .isInstanceOf(MojoFailureException.class);

    Pattern pattern = Pattern.compile(documentedRegexp());
    List<String> problems = log.lines.stream()
        .filter(l -> l.startsWith("[ERROR]") || l.startsWith("[WARNING]")).toList();
    assertThat(problems).hasSize(2);
    List<List<String>> matched = problems.stream().map(line -> {
      Matcher m = pattern.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      return List.of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
    }).toList();
    assertThat(matched).containsExactly(
        List.of("infra/main.tf", "1", "1", "error", "thing is open", "IAC-TEST-001"),
        List.of("infra/main.tf", "2", "1", "warning", "thing is open", "IAC-TEST-001"));
  }

  @Test
  void itStillReadsCliOutputAndLeavesMavensOwnLinesAlone() throws Exception {
    Pattern pattern = Pattern.compile(documentedRegexp());
    assertThat(pattern.matcher("infra/main.tf:4:5: error: encrypt_at_rest.enabled is false [IAC-AWS-ES-002]")
        .matches()).isTrue();
    assertThat(pattern.matcher("[ERROR] Failed to execute goal dev.iaclint:iaclint-maven-plugin:0.1.0:check"
        + " (default) on project a: iaclint: 1 finding at or above HIGH").matches()).isFalse();
    assertThat(pattern.matcher("[ERROR] /src/Main.java:[12,5] cannot find symbol").matches()).isFalse();
  }
}
