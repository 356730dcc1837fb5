package dev.iaclint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.RuleMetadata;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceSuppressionTest {
  static final RuleMetadata RULE = new RuleMetadata("IAC-AWS-ES-002", "t", Severity.HIGH,
      Category.ENCRYPTION_AT_REST, "", "", List.of(), List.of(), Map.of("checkov", List.of("CKV_AWS_5")));
  final SourceFile file = SourceFile.of("t.yaml", "x\n".repeat(20));
  final SourceRange range = file.rangeOfChars(0, 10);

  private MapValue map(Map<String, Value> entries) {
    return MapValue.object(new LinkedHashMap<>(entries), range);
  }

  private StringValue s(String v) {
    return new StringValue(v, range);
  }

  private ScanResult result(Node node) {
    Finding f = new Finding(RULE, Severity.HIGH, node.address(), node.type(), "m", range, "", List.of(),
        List.of(), "fp", null);
    return new ScanResult(List.of(f), List.of(), List.of(), List.of(),
        ResourceGraph.builder().add(node).build(), List.of(), List.of(), 1, 0);
  }

  private Node node(SourceFormat format, String address, MapValue config) {
    return new Node("n", NodeKind.RESOURCE, format, "T", address, range, config, Map.of());
  }

  @Test
  void cloudFormationMetadataSuppresses() {
    MapValue config = map(Map.of("Metadata", map(Map.of("iaclint", map(Map.of("ignore",
        ListValue.tuple(List.of(map(Map.of("id", s("IAC-AWS-ES-002"), "reason", s("internal")))), range)))))));
    Finding f = new InlineSuppressor(LocalDate.of(2026, 1, 1))
        .apply(result(node(SourceFormat.CLOUDFORMATION, "LogsDomain", config))).findings().get(0);
    assertThat(f.suppression().kind()).isEqualTo("cloudformation-metadata");
    assertThat(f.suppression().reason()).isEqualTo("internal");
  }

  @Test
  void checkovCloudFormationMetadataSuppressesThroughEquivalents() {
    MapValue config = map(Map.of("Metadata", map(Map.of("checkov", map(Map.of("skip",
        ListValue.tuple(List.of(map(Map.of("id", s("CKV_AWS_5"), "comment", s("ok")))), range)))))));
    Finding f = new InlineSuppressor(LocalDate.of(2026, 1, 1))
        .apply(result(node(SourceFormat.CLOUDFORMATION, "LogsDomain", config))).findings().get(0);
    assertThat(f.suppression().kind()).isEqualTo("checkov");
  }

  @Test
  void kubernetesAnnotationSuppressesUntilItExpires() {
    MapValue config = map(Map.of("metadata", map(Map.of("annotations", map(Map.of(
        "iaclint.dev/ignore", s("IAC-K8S-001, IAC-AWS-ES-002"),
        "iaclint.dev/ignore-reason", s("lab cluster"),
        "iaclint.dev/ignore-until", s("2026-03-01")))))));
    Node node = node(SourceFormat.KUBERNETES, "Elasticsearch/logging", config);
    Finding before = new InlineSuppressor(LocalDate.of(2026, 3, 1)).apply(result(node)).findings().get(0);
    assertThat(before.suppression().kind()).isEqualTo("kubernetes-annotation");
    assertThat(before.suppression().reason()).isEqualTo("lab cluster");
    ScanResult after = new InlineSuppressor(LocalDate.of(2026, 3, 2)).apply(result(node));
    assertThat(after.findings().get(0).suppressed()).isFalse();
    assertThat(after.diagnostics().get(0).message()).contains("expired on 2026-03-01");
  }
}
