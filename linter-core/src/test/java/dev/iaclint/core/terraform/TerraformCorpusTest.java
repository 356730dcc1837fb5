package dev.iaclint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.CorpusLoadTest;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every repository of the Terraform corpus, scanned as a user would scan it, evaluates without an
 * internal error, and its resources get nodes. Prints how many attribute values of resources and
 * data sources stayed unknown, by reason, for the report.
 */
class TerraformCorpusTest {

  @Test
  void everyCorpusRepositoryEvaluatesWithoutAnInternalError() throws IOException {
    Path corpus = CorpusLoadTest.corpus("terraform");
    List<Path> repos;
    try (Stream<Path> list = Files.list(corpus)) {
      repos = list.filter(Files::isDirectory).sorted().toList();
    }
    Map<String, Integer> unknownByReason = new TreeMap<>();
    int values = 0;
    int resources = 0;
    int warnings = 0;
    for (Path repo : repos) {
      ScanResult result = new Scanner(List.of()).scan(ScanRequest.builder().path(repo).build());
      List<Diagnostic> internal = result.diagnostics().stream()
          .filter(d -> d.message().contains("internal error")).toList();
      assertThat(internal).as(repo.getFileName().toString()).isEmpty();
      List<Node> nodes = result.graph().nodes().stream()
          .filter(n -> n.format() == SourceFormat.TERRAFORM)
          .filter(n -> n.kind() == NodeKind.RESOURCE || n.kind() == NodeKind.DATA).toList();
      assertThat(nodes).as("resources of %s", repo.getFileName()).isNotEmpty();
      resources += nodes.size();
      warnings += (int) result.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
      if (System.getProperty("iaclint.printDiagnostics") != null) {
        result.diagnostics().forEach(d -> System.out.println("DIAG " + repo.getFileName() + " " + d.format()));
      }
      for (Node n : nodes) {
        values += count(n.config(), unknownByReason);
      }
    }
    int unknown = unknownByReason.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println("terraform corpus: " + repos.size() + " repositories, " + resources
        + " resource/data instances, " + values + " attribute values, " + unknown + " unknown, "
        + warnings + " warnings");
    unknownByReason.forEach((k, v) -> System.out.println("  unknown, " + k + ": " + v));
  }

  /** Counts the leaf values below {@code v}, adding each unknown to its reason's category. */
  private static int count(Value v, Map<String, Integer> unknownByReason) {
    if (v instanceof MapValue m) {
      int n = 0;
      for (Value e : m.entries().values()) {
        n += count(e, unknownByReason);
      }
      return n;
    }
    if (v instanceof ListValue l) {
      int n = 0;
      for (Value e : l.elements()) {
        n += count(e, unknownByReason);
      }
      return n;
    }
    if (v instanceof UnknownValue u) {
      unknownByReason.merge(category(u.reason()), 1, Integer::sum);
    }
    return 1;
  }

  static String category(String reason) {
    if (reason.contains("has no value")) {
      return "a root variable without a value";
    }
    if (reason.contains("is known only after apply")) {
      return "a resource attribute known only after apply";
    }
    if (reason.contains("is read from the provider")) {
      return "a data source attribute read from the provider";
    }
    if (reason.contains("was not evaluated") || reason.contains("not downloaded")) {
      return "an output of a module that was not downloaded";
    }
    if (reason.contains("count of") || reason.contains("for_each of")) {
      return "an unknown count or for_each";
    }
    if (reason.startsWith("error:")) {
      return "an evaluation error (reported)";
    }
    if (reason.contains("function")) {
      return "a function iaclint does not evaluate";
    }
    if (reason.contains("cycle")) {
      return "a reference cycle";
    }
    return "other: " + reason.replaceAll("[\"'].*", "").replaceAll("\\S+\\.\\S+", "X");
  }
}
