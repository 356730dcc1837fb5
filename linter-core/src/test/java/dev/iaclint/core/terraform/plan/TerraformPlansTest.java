package dev.iaclint.core.terraform.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.DataFiles;
import dev.iaclint.core.report.GraphJsonWriter;
import dev.iaclint.core.report.Redactor;
import dev.iaclint.core.report.ReportContext;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.Scanner;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformPlansTest {
  /** A hand-written {@code terraform show -json} of a root module with a bucket and a search module. */
  static final String PLAN = resource("/terraform-plan/search-plan.json");
  private static final String PASSWORD = "correct-horse-battery-staple-42";

  private final DataFiles plan = DataFiles.of("plan.json", PLAN);

  static String resource(String name) {
    try (InputStream in = TerraformPlansTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The 1-based line of the first occurrence of {@code snippet} at or after line {@code from}. */
  static int lineOf(String text, String snippet, int from) {
    String[] lines = text.split("\n", -1);
    for (int i = from - 1; i < lines.length; i++) {
      if (lines[i].contains(snippet)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + snippet);
  }

  private static int lineOf(String snippet) {
    return lineOf(PLAN, snippet, 1);
  }

  @Test
  void plannedResourcesDataSourcesAndModuleObjectsBecomeTerraformNodesWithTheirAddresses() {
    assertThat(plan.errors()).isEmpty();
    assertThat(plan.graph.nodes()).extracting(n -> n.kind() + " " + n.type() + " " + n.address())
        .containsExactlyInAnyOrder(
            "RESOURCE aws_s3_bucket aws_s3_bucket.logs",
            "RESOURCE aws_s3_bucket_public_access_block aws_s3_bucket_public_access_block.logs",
            "RESOURCE aws_opensearch_domain module.search.aws_opensearch_domain.this[0]",
            "DATA aws_caller_identity data.aws_caller_identity.current",
            "MODULE_CALL module module.search",
            "VARIABLE variable var.create_search",
            "VARIABLE variable var.master_password",
            "VARIABLE variable module.search.var.create",
            "VARIABLE variable module.search.var.domain_name",
            "VARIABLE variable module.search.var.master_password",
            "OUTPUT output output.search_endpoint",
            "OUTPUT output module.search.output.endpoint");
    assertThat(plan.graph.nodes()).allMatch(n -> n.format() == SourceFormat.TERRAFORM);
    assertThat(plan.context.isClaimed(plan.context.files().get(0))).isTrue();
  }

  @Test
  void aResourceSpansFromItsAddressInPlannedValuesAndKnowsItsModuleInstance() {
    Node domain = plan.node("module.search.aws_opensearch_domain.this[0]");
    assertThat(domain.range().startLine()).isEqualTo(lineOf("\"address\": \"module.search.aws_opensearch_domain.this[0]\""));
    assertThat(domain.headerRange().startLine()).isEqualTo(domain.range().startLine());
    assertThat(domain.property("module")).isEqualTo("module.search");
    assertThat(domain.property(Node.SCOPE)).endsWith("plan.json#module.search");
    assertThat(domain.property("provider")).isEqualTo("registry.terraform.io/hashicorp/aws");
    assertThat(plan.node("aws_s3_bucket.logs").property("module")).isEmpty();
  }

  @Test
  void plannedValuesKeepTheirPositionsAndNestedBlocksAreBlockLists() {
    Node domain = plan.node("module.search.aws_opensearch_domain.this[0]");
    MapValue config = domain.config();
    assertThat(config.kind()).isEqualTo(MapValue.Kind.BLOCK);
    assertThat(config.get("domain_name")).isInstanceOf(StringValue.class);
    assertThat(((StringValue) config.get("domain_name")).value()).isEqualTo("logs");
    assertThat(config.memberRange("domain_name").startLine()).isEqualTo(lineOf("\"domain_name\": \"logs\""));

    ListValue n2n = (ListValue) config.get("node_to_node_encryption");
    assertThat(n2n.kind()).isEqualTo(ListValue.Kind.BLOCKS);
    MapValue block = (MapValue) n2n.get(0);
    assertThat(block.kind()).isEqualTo(MapValue.Kind.BLOCK);
    assertThat(((BoolValue) block.get("enabled")).value()).isFalse();
    int n2nLine = lineOf("\"node_to_node_encryption\": [");
    assertThat(block.memberRange("enabled").startLine()).isEqualTo(lineOf(PLAN, "\"enabled\": false", n2nLine));

    MapValue endpoint = (MapValue) ((ListValue) config.get("domain_endpoint_options")).get(0);
    assertThat(endpoint.memberRange("enforce_https").startLine()).isEqualTo(lineOf("\"enforce_https\": false"));
    // Attributes the configuration does not set: null and empty in the plan, absent here, as in .tf.
    assertThat(endpoint.has("custom_endpoint")).isFalse();
    assertThat(config.has("vpc_options")).isFalse();
    assertThat(config.has("log_publishing_options")).isFalse();
    assertThat(config.has("tags")).isFalse();
    // A known computed value the configuration does not set is what the provider will apply.
    MapValue cluster = (MapValue) ((ListValue) config.get("cluster_config")).get(0);
    assertThat(cluster.get("instance_count")).isNotNull();
  }

  @Test
  void anUnknownTheConfigurationWroteIsUnknownNamingTheReferenceItWaitsOn() {
    Value bucket = plan.node("aws_s3_bucket_public_access_block.logs").config().get("bucket");
    assertThat(bucket).isInstanceOf(UnknownValue.class);
    assertThat(((UnknownValue) bucket).reason()).isEqualTo("aws_s3_bucket.logs.id is known only after apply");
    // A resource's id is given to it when it is created: the attribute is set, its value unknown.
    assertThat(((UnknownValue) bucket).present()).isTrue();
    assertThat(bucket.range().file().displayPath()).isEqualTo("plan.json");
  }

  @Test
  void anUnknownTheConfigurationDidNotWriteIsLeftToTheProviderAndSoAbsent() {
    MapValue domain = plan.node("module.search.aws_opensearch_domain.this[0]").config();
    // encrypt_at_rest is optional and computed: the module does not set it, after_unknown marks it.
    assertThat(domain.has("encrypt_at_rest")).isFalse();
    assertThat(domain.has("arn")).isFalse();
    assertThat(domain.has("endpoint")).isFalse();
  }

  @Test
  void withoutAConfigurationSectionEveryUnknownStaysUnknownAndBlocksAreRecognisedByShape() {
    String text = """
        {
          "format_version": "1.2",
          "planned_values": {"root_module": {"resources": [{
            "address": "aws_opensearch_domain.d", "mode": "managed", "type": "aws_opensearch_domain", "name": "d",
            "values": {"domain_name": "d", "node_to_node_encryption": [{"enabled": true}], "vpc_options": []},
            "sensitive_values": {}
          }]}},
          "resource_changes": [{"address": "aws_opensearch_domain.d",
            "change": {"actions": ["create"], "after_unknown": {"encrypt_at_rest": true, "arn": true}}}]
        }
        """;
    MapValue config = DataFiles.of("p.json", text).node("aws_opensearch_domain.d").config();
    assertThat(config.get("encrypt_at_rest")).isInstanceOf(UnknownValue.class);
    assertThat(((UnknownValue) config.get("encrypt_at_rest")).reason())
        .isEqualTo("aws_opensearch_domain.d.encrypt_at_rest is known only after apply");
    assertThat(((UnknownValue) config.get("encrypt_at_rest")).present()).isFalse();
    assertThat(((ListValue) config.get("node_to_node_encryption")).kind()).isEqualTo(ListValue.Kind.BLOCKS);
    assertThat(((ListValue) config.get("vpc_options")).isEmpty()).isTrue();
  }

  @Test
  void sensitiveStringsAreNeverReadAndNeverPrinted() throws IOException {
    MapValue security = (MapValue) ((ListValue) plan.node("module.search.aws_opensearch_domain.this[0]").config()
        .get("advanced_security_options")).get(0);
    MapValue master = (MapValue) ((ListValue) security.get("master_user_options")).get(0);
    assertThat(master.get("master_user_password")).isInstanceOf(UnknownValue.class);
    assertThat(((UnknownValue) master.get("master_user_password")).reason()).contains("sensitive");
    assertThat(((BoolValue) security.get("anonymous_auth_enabled")).value()).isTrue();
    // A root variable declared sensitive: its planned value is not read either.
    assertThat(plan.node("var.master_password").config().get("value")).isInstanceOf(UnknownValue.class);
    assertThat(((BoolValue) plan.node("var.create_search").config().get("value")).value()).isTrue();

    StringWriter json = new StringWriter();
    new GraphJsonWriter().write(plan.graph, Redactor.none(), ReportContext.of("test", Path.of(".")), json);
    assertThat(json.toString()).contains("aws_opensearch_domain").doesNotContain(PASSWORD);
  }

  @Test
  void referencesInTheConfigurationAreEdgesAtTheAttributeWhereTheyAreWritten() {
    Node bucket = plan.node("aws_s3_bucket.logs");
    Node block = plan.node("aws_s3_bucket_public_access_block.logs");
    Node domain = plan.node("module.search.aws_opensearch_domain.this[0]");
    assertThat(plan.edges(block, EdgeKind.REFERENCE)).containsExactly("bucket -> aws_s3_bucket.logs");
    assertThat(plan.graph.parts(bucket)).containsExactly(block);
    assertThat(plan.graph.referencedAt(block, "bucket", "aws_s3_bucket")).containsExactly(bucket);
    assertThat(plan.edges(domain, EdgeKind.REFERENCE)).containsExactlyInAnyOrder(
        "advanced_security_options.master_user_options.master_user_password -> module.search.var.master_password",
        "domain_name -> module.search.var.domain_name",
        "count -> module.search.var.create");
    // The edge is written where the reference is: in the configuration section.
    int configuration = lineOf("\"configuration\": {");
    assertThat(plan.graph.outgoing(block).get(0).range().startLine())
        .isEqualTo(lineOf(PLAN, "\"aws_s3_bucket.logs.id\"", configuration));
  }

  @Test
  void moduleVariablesLeadThroughTheirCallToWhatTheCallerPassed() {
    Node call = plan.node("module.search");
    assertThat(plan.edges(plan.node("module.search.var.create"), EdgeKind.REFERENCE))
        .containsExactly("value -> module.search");
    assertThat(plan.edges(call, EdgeKind.REFERENCE)).containsExactlyInAnyOrder(
        "create -> var.create_search", "master_password -> var.master_password");
    // Only arguments written as constants have a value in a plan.
    assertThat(call.config().keys()).containsExactly("domain_name");
    assertThat(((StringValue) call.config().get("domain_name")).value()).isEqualTo("logs");
    // Outputs: the root output names the module's output, which names the (counted) domain instance.
    assertThat(plan.edges(plan.node("output.search_endpoint"), EdgeKind.REFERENCE))
        .containsExactly("value -> module.search.output.endpoint");
    assertThat(plan.edges(plan.node("module.search.output.endpoint"), EdgeKind.REFERENCE))
        .containsExactly("value -> module.search.aws_opensearch_domain.this[0]");
  }

  @Test
  void dataSourcesReadWhilePlanningComeFromPriorState() {
    Node caller = plan.node("data.aws_caller_identity.current");
    assertThat(caller.kind()).isEqualTo(NodeKind.DATA);
    assertThat(((StringValue) caller.config().get("account_id")).value()).isEqualTo("123456789012");
  }

  @Test
  void malformedPlanJsonIsAnErrorAtItsLineAndColumnAndOtherFilesStillLoad() {
    String broken = PLAN.substring(0, PLAN.indexOf("\"resource_changes\"")) + "\"resource_changes\": [,]}";
    DataFiles loaded = DataFiles.load(SourceFile.of("broken.json", broken), SourceFile.of("plan.json", PLAN));
    List<Diagnostic> errors = loaded.errors();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).range().file().displayPath()).isEqualTo("broken.json");
    assertThat(errors.get(0).range().startLine()).isEqualTo(lineOf(broken, "\"resource_changes\": [,]", 1));
    assertThat(errors.get(0).range().startColumn()).isEqualTo(24);
    assertThat(loaded.node("module.search.aws_opensearch_domain.this[0]").file().displayPath()).isEqualTo("plan.json");
  }

  @Test
  void stateJsonAndOtherJsonAreNotPlans() {
    DataFiles state = DataFiles.of("state.json", """
        {"format_version": "1.0", "terraform_version": "1.6.6", "values": {"root_module": {}}}
        """);
    assertThat(state.graph.nodes()).isEmpty();
    assertThat(state.context.isClaimed(state.context.files().get(0))).isFalse();
  }

  @Test
  void aPlanOfAnUnknownFormatVersionIsReadWithAWarning() {
    DataFiles future = DataFiles.of("future.json", """
        {"format_version": "2.0", "planned_values": {"root_module": {"resources": [
          {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "values": {"bucket": "b"}}
        ]}}}
        """);
    assertThat(future.diagnostics()).extracting(Diagnostic::message)
        .containsExactly("plan JSON format_version '2.0' is not one iaclint knows (1.x); read as 1.x");
    assertThat(future.node("aws_s3_bucket.b").kind()).isEqualTo(NodeKind.RESOURCE);
  }

  @Test
  void instanceKeysIndexedReferencesNestedModuleInstancesAndDependsOnResolveAsTerraformDoes() {
    DataFiles d = DataFiles.of("p.json", """
        {"format_version": "1.2", "terraform_version": "1.6.6",
         "planned_values": {"root_module": {
           "resources": [
             {"address": "aws_security_group.sg[\\"a.b\\"]", "mode": "managed", "type": "aws_security_group",
              "name": "sg", "index": "a.b", "values": {"name": "a"}},
             {"address": "aws_security_group.sg[\\"c\\"]", "mode": "managed", "type": "aws_security_group",
              "name": "sg", "index": "c", "values": {"name": "c"}}],
           "child_modules": [{"address": "module.net[0]", "child_modules": [{"address": "module.net[0].module.rules",
             "resources": [{"address": "module.net[0].module.rules.aws_security_group_rule.r", "mode": "managed",
               "type": "aws_security_group_rule", "name": "r", "values": {"type": "ingress"}}]}]}]}},
         "configuration": {"root_module": {
           "resources": [{"address": "aws_security_group.sg", "mode": "managed", "type": "aws_security_group", "name": "sg",
             "expressions": {}, "for_each_expression": {"references": ["var.groups"]}}],
           "module_calls": {"net": {"source": "./net", "count_expression": {"constant_value": 1},
             "expressions": {"group_id": {"references": ["aws_security_group.sg[\\"a.b\\"].id", "aws_security_group.sg"]}},
             "module": {
               "variables": {"group_id": {}},
               "module_calls": {"rules": {"source": "./rules",
                 "expressions": {"group_id": {"references": ["var.group_id"]}},
                 "module": {"variables": {"group_id": {}},
                   "resources": [{"address": "aws_security_group_rule.r", "mode": "managed",
                     "type": "aws_security_group_rule", "name": "r",
                     "expressions": {"security_group_id": {"references": ["var.group_id"]}},
                     "depends_on": ["var.group_id"]}]}}}}}},
           "variables": {"groups": {}}}}}
        """);
    assertThat(d.errors()).isEmpty();
    Node rule = d.node("module.net[0].module.rules.aws_security_group_rule.r");
    assertThat(rule.property("module")).isEqualTo("module.net[0].module.rules");
    assertThat(d.edges(rule, EdgeKind.REFERENCE)).containsExactly("security_group_id -> module.net[0].module.rules.var.group_id");
    assertThat(d.edges(rule, EdgeKind.DEPENDS_ON)).containsExactly(" -> module.net[0].module.rules.var.group_id");
    assertThat(d.edges(d.node("module.net[0].module.rules"), EdgeKind.REFERENCE))
        .containsExactly("group_id -> module.net[0].var.group_id");
    // The indexed reference names one instance; the bare one beside it adds nothing.
    assertThat(d.edges(d.node("module.net[0]"), EdgeKind.REFERENCE))
        .containsExactly("group_id -> aws_security_group.sg[\"a.b\"]");
    assertThat(d.edges(d.node("aws_security_group.sg[\"c\"]"), EdgeKind.REFERENCE)).containsExactly("for_each -> var.groups");
    // Followed through both module calls to the group the root passed in.
    assertThat(d.graph.referencedAt(rule, "security_group_id", "aws_security_group"))
        .containsExactly(d.node("aws_security_group.sg[\"a.b\"]"));
  }

  @Test
  void shapesThatDoNotFitAreSkippedWithoutFailingTheScan() {
    DataFiles d = DataFiles.of("odd.json", """
        {"format_version": "1.2", "planned_values": {"root_module": {
          "resources": [7, {"address": "aws_s3_bucket.a"}, {"address": "aws_s3_bucket.b", "mode": "managed",
            "type": "aws_s3_bucket", "name": "b", "values": "oops"},
            {"address": "var.x", "mode": "managed", "type": "t", "name": "x", "values": {"v": [1, {"k": 2}]}}],
          "child_modules": {"address": "module.m"}}},
         "resource_changes": [{"address": "aws_s3_bucket.b", "change": {"after_unknown": [true]}}],
         "configuration": {"root_module": {"variables": {"x": {}}, "resources": "none",
           "outputs": {"o": {"expression": {"references": [3, "module.", "aws_x[", "var.x"]}}}}}}
        """);
    assertThat(d.errors()).isEmpty();
    assertThat(d.graph.nodes()).extracting(Node::address)
        .containsExactlyInAnyOrder("aws_s3_bucket.b", "var.x", "output.o");
    assertThat(d.node("aws_s3_bucket.b").config().size()).isZero();
  }

  @Test
  void aPlanScannedWithTheTfFilesBesideItSaysThatProblemsAreReportedTwice(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("plan.json"), PLAN);
    Files.writeString(dir.resolve("main.tf"), "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"acme-logs\"\n}\n");
    Files.createDirectories(dir.resolve("other"));
    Files.writeString(dir.resolve("other/plan.json"), PLAN);
    List<Diagnostic> notices = new Scanner(List.of()).scan(ScanRequest.builder().path(dir).build()).diagnostics()
        .stream().filter(d -> d.message().contains("reported twice")).toList();
    assertThat(notices).extracting(d -> d.range().file().displayPath()).containsExactly("plan.json");
    assertThat(notices.get(0).severity()).isEqualTo(Diagnostic.Severity.NOTICE);
  }
}
