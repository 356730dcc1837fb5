package dev.iaclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RuleExample;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temporary gates can only shrink: each entry that is no longer needed fails a test here. */
class TemporaryGatesTest {

  /** The smallest file of each format a loader must read. */
  private static final Map<SourceFormat, List<String>> MINIMAL_INPUTS = Map.of(
      SourceFormat.TERRAFORM, List.of("main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n"),
      SourceFormat.CLOUDFORMATION, List.of("template.yaml",
          "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n"),
      SourceFormat.KUBERNETES, List.of("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n"),
      SourceFormat.DOCKER_COMPOSE, List.of("docker-compose.yml", "services:\n  es:\n    image: elasticsearch:8.13.0\n"),
      SourceFormat.ELASTICSEARCH_CONFIG, List.of("elasticsearch.yml", "cluster.name: logs\n"));

  /** A format counts as loaded once it yields graph nodes: parsing alone (documents) is not enough for resource rules. */
  @Test
  void everyFormatInTheGateStillHasNoLoader(@TempDir Path dir) throws Exception {
    for (SourceFormat format : TemporaryGates.FORMATS_WITHOUT_LOADER) {
      Path sub = Files.createDirectories(dir.resolve(format.id()));
      List<String> input = MINIMAL_INPUTS.get(format);
      Files.writeString(sub.resolve(input.get(0)), input.get(1));

      ScanResult result = new Scanner(List.of()).scan(ScanRequest.builder().path(sub).build());

      assertThat(result.graph().nodes().stream().filter(n -> n.format() == format).toList())
          .as("a loader for %s has landed: remove it from TemporaryGates.FORMATS_WITHOUT_LOADER", format.id())
          .isEmpty();
    }
  }

  @Test
  void everyRuleInTheGateExistsAndStillLacksExamplesOrLinks() {
    Map<String, Rule> rules = new BuiltinRuleProvider().rules().stream()
        .collect(Collectors.toMap(Rule::id, Function.identity()));
    for (String id : TemporaryGates.RULES_AWAITING_EXAMPLES.keySet()) {
      assertThat(rules).as("gated rule %s exists", id).containsKey(id);
      Rule rule = rules.get(id);
      boolean complete = !rule.metadata().links().isEmpty() && rule.metadata().formats().stream().allMatch(f ->
          rule.examples().stream().anyMatch(e -> e.format() == f && e.kind() == RuleExample.Kind.GOOD)
              && rule.examples().stream().anyMatch(e -> e.format() == f && e.kind() == RuleExample.Kind.BAD));
      assertThat(complete).as("%s now has its examples and links: remove it from"
          + " TemporaryGates.RULES_AWAITING_EXAMPLES", id).isFalse();
    }
  }
}
