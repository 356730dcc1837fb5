package dev.iaclint.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings in a called module name the module calls that put the resource there. */
class ModuleCallChainTest {
  @TempDir
  Path dir;

  /** Fails every aws_s3_bucket at its header. */
  private static final ResourceRule EVERY_BUCKET = new ResourceRule() {
    @Override
    public RuleMetadata metadata() {
      return new RuleMetadata("TEST-BUCKET-001", "A bucket", Severity.LOW, Category.LOGGING,
          "Every bucket.", "None.", List.of("https://example.test"), List.of(SourceFormat.TERRAFORM), Map.of());
    }

    @Override
    public List<RuleExample> examples() {
      return List.of();
    }

    @Override
    public boolean appliesTo(Node node) {
      return node.kind() == NodeKind.RESOURCE && node.type().equals("aws_s3_bucket");
    }

    @Override
    public CheckResult check(Node node, RuleContext context) {
      return CheckResult.fail(Failure.at(node.headerRange(), "a bucket", ""));
    }
  };

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private ScanResult scan() {
    return new Scanner(List.of(EVERY_BUCKET)).scan(ScanRequest.builder().path(dir).build());
  }

  @Test
  void findingInANestedModuleListsEveryCallOutermostFirst() throws IOException {
    write("main.tf", """
        module "logs" {
          source = "./modules/logs"
        }
        """);
    write("modules/logs/main.tf", """
        module "archive" {
          count  = 2
          source = "../archive"
        }
        """);
    write("modules/archive/main.tf", """
        resource "aws_s3_bucket" "this" {
          bucket = "archive"
        }
        """);
    ScanResult result = scan();
    assertThat(result.findings()).hasSize(2);
    Finding second = result.findings().stream()
        .filter(f -> f.resource().equals("module.logs.module.archive[1].aws_s3_bucket.this")).findFirst().orElseThrow();
    assertThat(second.related()).extracting(RelatedLocation::message).containsExactly(
        "in module.logs, called at main.tf:1:1",
        "in module.logs.module.archive[1], called at modules/logs/main.tf:1:1");
    assertThat(second.related().get(1).range().file().displayPath()).isEqualTo("modules/logs/main.tf");
  }

  @Test
  void findingInTheRootModuleHasNoCallChain() throws IOException {
    write("main.tf", """
        resource "aws_s3_bucket" "this" {
          bucket = "root"
        }
        """);
    assertThat(scan().findings()).singleElement().satisfies(f -> assertThat(f.related()).isEmpty());
  }
}
