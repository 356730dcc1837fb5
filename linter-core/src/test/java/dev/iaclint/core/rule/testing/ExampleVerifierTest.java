package dev.iaclint.core.rule.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.InputLoader;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RuleExample;
import dev.iaclint.core.rule.declarative.RuleFiles;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.testing.YamlGraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleVerifierTest {

  /** Reads *.yaml files as Terraform-like resources (see YamlGraph); "broken" files are errors. */
  private static final InputLoader YAML_RESOURCES = context -> {
    for (SourceFile f : context.unclaimedFiles()) {
      if (f.displayPath().endsWith(".yaml")) {
        context.claim(f);
        if (f.text().contains("broken")) {
          context.report(Diagnostic.error(SourceRange.startOf(f), "cannot parse"));
          continue;
        }
        for (Node n : YamlGraph.nodes(f, SourceFormat.TERRAFORM)) {
          context.graph().add(n);
        }
      }
    }
  };

  private static final Rule ENCRYPTED = parse("""
      id: T-ENC-1
      title: not encrypted
      severity: HIGH
      category: encryption-at-rest
      match:
        terraform:
          types: [disk]
          assert: {path: encrypted, equals: true, whenAbsent: false}
      """);

  private final ExampleVerifier verifier = new ExampleVerifier(List.of(YAML_RESOURCES));

  static Rule parse(String yaml) {
    try {
      return RuleFiles.parse(SourceFile.of("r.yaml", yaml)).get(0);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static RuleExample example(RuleExample.Kind kind, String text) {
    return new RuleExample(SourceFormat.TERRAFORM, kind, "main.yaml", text);
  }

  @Test
  void aGoodExampleThatPassesIsAccepted(@TempDir Path dir) throws Exception {
    var verdict = verifier.verify(ENCRYPTED, example(RuleExample.Kind.GOOD, "disk.a:\n  encrypted: true\n"), dir);

    assertThat(verdict.passed()).as(verdict.explanation()).isTrue();
  }

  @Test
  void aGoodExampleWithAFindingIsRejected(@TempDir Path dir) throws Exception {
    var verdict = verifier.verify(ENCRYPTED, example(RuleExample.Kind.GOOD, "disk.a:\n  encrypted: false\n"), dir);

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.explanation()).contains("should yield no finding").contains("main.yaml:2:3 disk.a");
  }

  @Test
  void aGoodExampleTheRuleNeverSeesIsRejected(@TempDir Path dir) throws Exception {
    var verdict = verifier.verify(ENCRYPTED, example(RuleExample.Kind.GOOD, "bucket.a:\n  encrypted: true\n"), dir);

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.explanation()).contains("gave the rule nothing to judge");
  }

  @Test
  void anExampleThatDoesNotLoadIsRejected(@TempDir Path dir) throws Exception {
    var verdict = verifier.verify(ENCRYPTED, example(RuleExample.Kind.GOOD, "broken: [\n"), dir);

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.explanation()).contains("does not load cleanly").contains("main.yaml:1:1: cannot parse");
  }

  @Test
  void aBadExampleMustYieldFindingsExactlyOnTheMarkedLines(@TempDir Path dir) throws Exception {
    String text = """
        disk.a:
          encrypted: false   # expect: T-ENC-1
        disk.b:              # expect: T-ENC-1
          size: 10
        disk.c:
          encrypted: true
        """;

    var verdict = verifier.verify(ENCRYPTED, example(RuleExample.Kind.BAD, text), dir);

    assertThat(verdict.passed()).as(verdict.explanation()).isTrue();
  }

  @Test
  void aBadExampleWithAMissedOrExtraFindingIsRejected(@TempDir Path dir) throws Exception {
    String text = """
        disk.a:
          encrypted: false
        disk.b:              # expect: T-ENC-1
          encrypted: true
        """;

    var verdict = verifier.verify(ENCRYPTED, example(RuleExample.Kind.BAD, text), dir);

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.explanation()).contains("should yield findings at main.yaml:3 but got")
        .contains("main.yaml:2:3 disk.a");
  }

  @Test
  void aBadExampleWithoutMarkersIsRejected(@TempDir Path dir) throws Exception {
    var verdict = verifier.verify(ENCRYPTED, example(RuleExample.Kind.BAD, "disk.a:\n  encrypted: false\n"), dir);

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.explanation()).contains("marks no line with 'expect: T-ENC-1'");
  }

  @Test
  void multiFileExamplesAreWrittenSideBySide(@TempDir Path dir) throws Exception {
    RuleExample twoFiles = new RuleExample(SourceFormat.TERRAFORM, RuleExample.Kind.BAD, "bad/", List.of(
        new RuleExample.ExampleFile("a.yaml", "disk.a:\n  encrypted: true\n"),
        new RuleExample.ExampleFile("nested/b.yaml", "disk.b:\n  encrypted: false # expect: T-ENC-1\n")));

    var verdict = verifier.verify(ENCRYPTED, twoFiles, dir);

    assertThat(verdict.passed()).as(verdict.explanation()).isTrue();
  }
}
