package dev.iaclint.core.rule.declarative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.InputLoader;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.RulePack;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.testing.YamlGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomRuleDirectoryTest {

  private static final InputLoader INFRA_YAML = context -> {
    for (SourceFile f : context.unclaimedFiles()) {
      if (f.displayPath().endsWith(".infra.yaml")) {
        context.claim(f);
        for (Node n : YamlGraph.nodes(f, SourceFormat.TERRAFORM)) {
          context.graph().add(n);
        }
      }
    }
  };

  private static final String RULE = """
      id: ACME-DISK-001
      title: Disk is not encrypted
      severity: medium
      category: encryption-at-rest
      match:
        terraform:
          types: [disk]
          assert: {path: encrypted, equals: true, whenAbsent: false}
      """;

  @Test
  void rulesFromAnExtraDirectoryRunWithTheScannersRules(@TempDir Path tmp) throws Exception {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Files.writeString(rules.resolve("disk.yaml"), RULE);
    Path infra = Files.createDirectories(tmp.resolve("infra"));
    Files.writeString(infra.resolve("main.infra.yaml"), "disk.a:\n  encrypted: false\n");

    ScanResult result = new Scanner(List.of(), List.of(INFRA_YAML))
        .scan(ScanRequest.builder().path(infra).customRuleDirectory(rules).build());

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.findings()).extracting(Finding::ruleId, f -> f.location().toShortString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ACME-DISK-001", "main.infra.yaml:2:3"));
    assertThat(result.rules()).extracting(r -> r.id()).containsExactly("ACME-DISK-001");
  }

  @Test
  void aBrokenRuleFileIsAnErrorAtItsLineAndColumnAndTheScanGoesOn(@TempDir Path tmp) throws Exception {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Files.writeString(rules.resolve("a-good.yaml"), RULE);
    Files.writeString(rules.resolve("b-broken.yml"), RULE.replace("ACME-DISK-001", "ACME-DISK-002")
        .replace("whenAbsent: false", "whenAbsent: false, gt: 2"));
    Path infra = Files.createDirectories(tmp.resolve("infra"));
    Files.writeString(infra.resolve("main.infra.yaml"), "disk.a:\n  encrypted: false\n");

    ScanResult result = new Scanner(List.of(), List.of(INFRA_YAML))
        .scan(ScanRequest.builder().path(infra).customRuleDirectory(rules).build());

    assertThat(result.hasErrors()).isTrue();
    assertThat(result.errors()).extracting(Diagnostic::format).singleElement().asString()
        .endsWith("b-broken.yml:8:64: a condition has one operator, not both 'equals' and 'gt';"
            + " combine several with and/or");
    assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("ACME-DISK-001");
  }

  @Test
  void aCustomRuleCannotTakeAnIdThatIsAlreadyUsed(@TempDir Path tmp) throws Exception {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Files.writeString(rules.resolve("one.yaml"), RULE);
    Files.writeString(rules.resolve("two.yaml"), RULE);

    RulePack.Loaded loaded = RuleFiles.loadDirectory(rules);

    assertThat(loaded.problems()).extracting(Diagnostic::message).singleElement().asString()
        .contains("rule id ACME-DISK-001 is also used by").contains("one.yaml:1:1");
  }

  @Test
  void aMissingDirectoryIsAClearError(@TempDir Path tmp) {
    RulePack.Loaded loaded = RuleFiles.loadDirectory(tmp.resolve("nope"));

    assertThat(loaded.problems()).extracting(Diagnostic::format).singleElement().asString()
        .startsWith("rule directory not found: ");
  }

  @Test
  void examplesBesideCustomRulesAreFoundAndNotReadAsRules(@TempDir Path tmp) throws Exception {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Files.writeString(rules.resolve("disk.yaml"), RULE);
    Path ex = Files.createDirectories(rules.resolve("examples/ACME-DISK-001/terraform"));
    Files.writeString(ex.resolve("good.yaml"), "disk.a:\n  encrypted: true\n");

    RulePack.Loaded loaded = RuleFiles.loadDirectory(rules);

    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.rules()).singleElement().satisfies(r -> assertThat(r.examples()).hasSize(1));
  }
}
