package dev.iaclint.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import dev.iaclint.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFileLoaderTest {

  @Test
  void terraformJsonFilesAreLeftForTheTerraformLoader() {
    SourceFile tfJson = SourceFile.of("main.tf.json", "{\"resource\": {}}");
    SourceFile tfvars = SourceFile.of("x.tfvars.json", "{\"a\": 1}");
    DataFiles d = DataFiles.load(tfJson, tfvars);
    assertThat(d.context.documents()).isEmpty();
    assertThat(d.context.unclaimedFiles()).containsExactly(tfJson, tfvars);
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void aPlanIsClaimedAndLoadedIntoTheGraphWithoutADocument() {
    SourceFile plan = SourceFile.of("any-name.json", "{\"format_version\": \"1.2\", \"planned_values\": {}}");
    DataFiles d = DataFiles.load(plan);
    assertThat(d.context.documents()).isEmpty();
    assertThat(d.context.isClaimed(plan)).isTrue();
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void otherYamlIsADocumentOfNoFormatAndCountsAsSkipped(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("values.yaml"), "replicas: 3\n");
    Files.writeString(dir.resolve("svc.yaml"), "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n");
    ScanResult r = new Scanner(List.of()).scan(ScanRequest.builder().path(dir).build());
    assertThat(r.filesScanned()).isEqualTo(1);
    assertThat(r.filesSkipped()).isEqualTo(1);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.documents()).hasSize(2).anySatisfy(doc -> {
      assertThat(doc.file().displayPath()).isEqualTo("values.yaml");
      assertThat(doc.format()).isNull();
    });
  }

  @Test
  void anEmptyJsonFileIsSkippedLikeAnEmptyYamlFileNotAnInputError(@TempDir Path dir) throws IOException {
    // What "iaclint scan . --format json > report.json" leaves in the directory while it scans.
    Files.writeString(dir.resolve("report.json"), "");
    Files.writeString(dir.resolve("blank.json"), "  \n");
    Files.writeString(dir.resolve("empty.yaml"), "");
    ScanResult r = new Scanner(List.of()).scan(ScanRequest.builder().path(dir).build());
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.filesScanned()).isZero();
    assertThat(r.filesSkipped()).isEqualTo(3);
  }

  @Test
  void jsonWithCommentsThatHoldsNoInfrastructureIsSkippedButATemplateWithCommentsIsAnError(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("tsconfig.json"), """
        {
          // TypeScript reads comments and trailing commas
          "compilerOptions": {"strict": true, /* all checks */},
        }
        """);
    ScanResult tsconfig = new Scanner(List.of()).scan(ScanRequest.builder().path(dir).build());
    assertThat(tsconfig.diagnostics()).isEmpty();
    assertThat(tsconfig.filesSkipped()).isEqualTo(1);
    assertThat(tsconfig.documents()).singleElement().satisfies(d -> assertThat(d.format()).isNull());

    Files.writeString(dir.resolve("stack.json"), """
        {
          "AWSTemplateFormatVersion": "2010-09-09",
          // CloudFormation rejects comments
          "Resources": {"B": {"Type": "AWS::S3::Bucket"}}
        }
        """);
    ScanResult template = new Scanner(List.of()).scan(ScanRequest.builder().path(dir).build());
    assertThat(template.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.format()).isEqualTo("stack.json:3:3: invalid JSON: unexpected character '/'"));
  }

  @Test
  void helmChartTemplatesAreSkippedWithOneNoticePerChart(@TempDir Path dir) throws IOException {
    Path chart = Files.createDirectories(dir.resolve("charts/search"));
    Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: search\nversion: 1.0.0\n");
    Files.writeString(chart.resolve("values.yaml"), "replicas: 1\n");
    Files.createDirectories(chart.resolve("templates"));
    Files.writeString(chart.resolve("templates/svc.yaml"),
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\n");
    Files.writeString(chart.resolve("templates/deploy.yaml"), "{{ include \"x\" . }}\nkind: Deployment\n");
    ScanResult r = new Scanner(List.of()).scan(ScanRequest.builder().path(dir).build());
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.NOTICE);
      assertThat(d.format()).isEqualTo("charts/search/Chart.yaml:1:1: Helm chart 'search': 2 template files are skipped"
          + " (Helm template code is not YAML); render the chart with 'helm template' and scan the output");
    });
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.filesSkipped()).isEqualTo(4);
  }

  @Test
  void aBrokenFileIsAnErrorAndTheOtherFilesGoOn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a-bad.yaml"), "apiVersion: v1\nkind: [\n");
    Files.writeString(dir.resolve("b-good.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
    ScanResult r = new Scanner(List.of()).scan(ScanRequest.builder().path(dir).build());
    assertThat(r.errors()).singleElement().satisfies(d -> {
      assertThat(d.range().file().displayPath()).isEqualTo("a-bad.yaml");
      assertThat(d.range().startLine()).isEqualTo(3);
    });
    assertThat(r.graph().nodes()).map(Node::address).containsExactly("ConfigMap/c");
  }

  @Test
  void templatePlaceholdersOutsideChartsAreANoticeNotAnError() {
    DataFiles d = DataFiles.of("svc-template.yaml", "kind: Service\napiVersion: v1\nmetadata:\n  labels:\n    cell: {{cell}}\n");
    assertThat(d.diagnostics()).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Diagnostic.Severity.NOTICE));
    assertThat(d.graph.nodes()).isEmpty();
  }

  @Test
  void splitCloudFormationResourcesAreLinkedThroughTheScanner(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("sg.yaml"), """
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties: {GroupDescription: search}
          Open:
            Type: AWS::EC2::SecurityGroupEgress
            Properties: {GroupId: !Ref Sg, CidrIp: 0.0.0.0/0, IpProtocol: -1}
        """);
    ScanResult r = new Scanner(List.of()).scan(ScanRequest.builder().path(dir).build());
    Node sg = r.graph().nodes().stream().filter(n -> n.address().equals("Sg")).findFirst().orElseThrow();
    assertThat(r.graph().parts(sg, "AWS::EC2::SecurityGroupEgress")).map(Node::address).containsExactly("Open");
    assertThat(r.graph().incoming(sg)).anyMatch(e -> e.kind() == EdgeKind.REFERENCE && e.attribute().equals("GroupId"));
    assertThat(r.filesScanned()).isEqualTo(1);
  }
}
