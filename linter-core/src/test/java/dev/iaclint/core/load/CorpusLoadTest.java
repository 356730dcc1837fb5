package dev.iaclint.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every real-world file of the shared corpus loads without an internal error; the genuinely
 * invalid ones get clean diagnostics. The corpus is read in place, never copied.
 */
public class CorpusLoadTest {

  /** The corpus directory of {@code kind}, or a skipped test when it is absent. */
  public static Path corpus(String kind) {
    String root = System.getProperty("iaclint.repoRoot");
    assumeTrue(root != null, "iaclint.repoRoot is not set");
    Path dir = Path.of(root).resolve("../shared/corpus").resolve(kind).normalize();
    assumeTrue(Files.isDirectory(dir), "corpus " + dir + " is absent");
    return dir;
  }

  @ParameterizedTest
  @ValueSource(strings = {"cloudformation", "kubernetes", "compose"})
  void everyCorpusFileLoadsWithoutInternalErrors(String kind) {
    Path dir = corpus(kind);
    ScanResult result = new Scanner(List.of()).scan(ScanRequest.builder().path(dir).build());

    List<Diagnostic> internal = result.diagnostics().stream()
        .filter(d -> d.message().contains("internal error")).toList();
    assertThat(internal).isEmpty();
    // Every message is one readable line that names no parser internals.
    assertThat(result.diagnostics()).allSatisfy(d -> {
      assertThat(d.message()).doesNotContain("\n").doesNotContain("snakeyaml").doesNotContain("Exception");
      assertThat(d.range().startLine()).isPositive();
    });
    // Every error is a clean input diagnostic: a syntax error or a duplicate key, never a crash.
    assertThat(result.errors()).allSatisfy(d -> assertThat(d.message())
        .matches("(invalid YAML|invalid JSON|duplicate key|the file is larger).*"));
    System.out.println(kind + " corpus: " + result.filesScanned() + " files loaded, " + result.filesSkipped()
        + " skipped, " + result.errors().size() + " errors, " + result.graph().nodes().size() + " nodes, "
        + result.graph().edges().size() + " edges");
    SourceFormat format = switch (kind) {
      case "cloudformation" -> SourceFormat.CLOUDFORMATION;
      case "kubernetes" -> SourceFormat.KUBERNETES;
      default -> SourceFormat.DOCKER_COMPOSE;
    };
    assertThat(result.graph().nodes()).map(Node::format).contains(format);
  }
}
