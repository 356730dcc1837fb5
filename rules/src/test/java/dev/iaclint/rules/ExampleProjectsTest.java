package dev.iaclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The repository's example projects ({@code examples/<format>/<project>/}), scanned with every
 * built-in rule, the way {@code ./iaclint scan examples/} shows them to a newcomer.
 *
 * <p>An {@code exposed-*} project must give exactly the findings listed in its
 * {@code expected-findings.txt} ({@code file:line:col SEVERITY RULE resource}, paths relative to
 * the project); a {@code hardened-*} project must give none. When a rule change moves these
 * findings on purpose, review the difference and regenerate the files with
 * {@code mvn -o test -pl rules -am -Dtest=ExampleProjectsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Diaclint.updateExpected=true}.
 */
class ExampleProjectsTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("iaclint.repoRoot", "..")).resolve("examples");
  private static final Scanner SCANNER = new Scanner(new BuiltinRuleProvider().rules());

  static Stream<String> projects() throws IOException {
    List<String> projects = new ArrayList<>();
    try (Stream<Path> formats = Files.list(EXAMPLES)) {
      for (Path format : formats.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> dirs = Files.list(format)) {
          dirs.filter(Files::isDirectory).sorted()
              .forEach(d -> projects.add(EXAMPLES.relativize(d).toString().replace('\\', '/')));
        }
      }
    }
    return projects.stream();
  }

  private static List<String> findings(Path project) {
    ScanResult result = SCANNER.scan(ScanRequest.builder().path(project).build());
    assertThat(result.diagnostics()).as("problems reading %s", project)
        .noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    List<String> lines = new ArrayList<>();
    for (Finding f : result.findings()) {
      lines.add(f.location().file().displayPath() + ":" + f.location().startLine() + ":"
          + f.location().startColumn() + " " + f.severity() + " " + f.ruleId() + " " + f.resource());
    }
    return lines;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void exampleProjectGivesExactlyItsExpectedFindings(String name) throws IOException {
    String format = name.substring(0, name.indexOf('/'));
    Assumptions.assumeFalse(TemporaryGates.FORMATS_WITHOUT_LOADER.stream()
        .map(SourceFormat::id).anyMatch(format::equals), "no loader for " + format + " yet");
    Path project = EXAMPLES.resolve(name);
    List<String> actual = findings(project);
    if (name.contains("/hardened-")) {
      assertThat(actual).as("a hardened example must pass every rule").isEmpty();
      return;
    }
    assertThat(actual).as("an exposed example must show what iaclint finds").isNotEmpty();
    Path expectedFile = project.resolve("expected-findings.txt");
    if (Boolean.getBoolean("iaclint.updateExpected")) {
      Files.write(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(expectedFile).as("expected findings of %s (regenerate: see the class comment)", name).exists();
    assertThat(actual).as("findings of %s; if the change is intended, regenerate %s (see the class comment)",
        name, expectedFile).containsExactlyElementsOf(Files.readAllLines(expectedFile, StandardCharsets.UTF_8));
  }
}
