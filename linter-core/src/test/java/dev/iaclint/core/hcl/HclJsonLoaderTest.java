package dev.iaclint.core.hcl;

import static dev.iaclint.core.hcl.Hcl.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.Body;
import dev.iaclint.core.hcl.ast.ConditionalExpr;
import dev.iaclint.core.hcl.ast.FunctionCallExpr;
import dev.iaclint.core.hcl.ast.LiteralExpr;
import dev.iaclint.core.hcl.ast.ObjectExpr;
import dev.iaclint.core.hcl.ast.ScopeTraversalExpr;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.hcl.ast.TemplatePart;
import dev.iaclint.core.hcl.ast.TupleExpr;
import dev.iaclint.core.source.SourceFile;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HclJsonLoaderTest {

  private static HclParseResult load(String name, String json) {
    return HclJsonLoader.load(SourceFile.of(name, json));
  }

  private static Body loadOk(String json) {
    HclParseResult r = load("main.tf.json", json);
    assertThat(r.diagnostics()).isEmpty();
    return r.file().body();
  }

  @Test
  void resourceBecomesABlockWithTwoLabelsAndPositions() {
    Body body = loadOk("{\n  \"resource\": {\n    \"aws_s3_bucket\": {\n      \"logs\": {\n"
        + "        \"bucket\": \"my-logs\"\n      }\n    }\n  }\n}\n");
    Block b = body.blocks("resource").get(0);
    assertThat(b.labelValues()).containsExactly("aws_s3_bucket", "logs");
    assertThat(span(b.typeRange())).isEqualTo("2:3-2:13");
    assertThat(span(b.labels().get(1).range())).isEqualTo("4:7-4:13");
    assertThat(span(b.openBraceRange())).isEqualTo("4:15-4:16");
    assertThat(span(b.closeBraceRange())).isEqualTo("6:7-6:8");
    // The block runs from its innermost label, not from the "resource" key every resource shares.
    assertThat(span(b.range())).isEqualTo("4:7-6:8");
    Attribute bucket = b.body().attribute("bucket").orElseThrow();
    assertThat(span(bucket.nameRange())).isEqualTo("5:9-5:17");
    assertThat(((TemplateExpr) bucket.expression()).literalValue()).contains("my-logs");
    assertThat(span(bucket.expression().range())).isEqualTo("5:19-5:28");
  }

  @Test
  void labelLevelsAndBodiesMayBeArrays() {
    Body body = loadOk("{\"resource\": [{\"a\": {\"x\": [{\"n\": 1}, {\"n\": 2}]}}, {\"a\": {\"y\": {}}}]}");
    assertThat(body.blocks("resource")).extracting(Block::labelValues).containsExactly(
        java.util.List.of("a", "x"), java.util.List.of("a", "x"), java.util.List.of("a", "y"));
  }

  @Test
  void topLevelBlockTypesHaveTerraformsLabelCounts() {
    Body body = loadOk("{\"variable\": {\"v\": {}}, \"output\": {\"o\": {\"value\": 1}}, \"module\": {\"m\": {\"source\": \"./m\"}},"
        + " \"provider\": {\"aws\": [{\"region\": \"a\"}, {\"alias\": \"b\"}]}, \"locals\": {\"l\": {\"k\": 1}},"
        + " \"terraform\": {\"backend\": {\"s3\": {\"bucket\": \"b\"}}}, \"data\": {\"t\": {\"n\": {}}}}");
    assertThat(body.blocks("variable").get(0).labelValues()).containsExactly("v");
    assertThat(body.blocks("provider")).hasSize(2);
    assertThat(body.blocks("data").get(0).labelValues()).containsExactly("t", "n");
    Block locals = body.blocks("locals").get(0);
    assertThat(locals.labels()).isEmpty();
    assertThat(locals.body().attribute("l").orElseThrow().expression()).isInstanceOf(ObjectExpr.class);
    assertThat(body.blocks("terraform").get(0).body().blocks("backend").get(0).labelValues()).containsExactly("s3");
  }

  @Test
  void nestedObjectsInResourcesAreAttributesButMetaBlocksAreBlocks() {
    Body body = loadOk("{\"resource\": {\"aws_s3_bucket\": {\"b\": {"
        + "\"versioning\": {\"enabled\": true},"
        + "\"lifecycle\": {\"prevent_destroy\": true},"
        + "\"provisioner\": {\"local-exec\": {\"command\": \"echo\", \"connection\": {\"host\": \"h\"}}},"
        + "\"dynamic\": {\"rule\": {\"for_each\": \"${var.rules}\", \"content\": {\"id\": \"${rule.value}\"}}},"
        + "\"depends_on\": [\"aws_iam_role.r\"], \"provider\": \"aws.west\"}}}}");
    Body b = body.blocks("resource").get(0).body();
    assertThat(b.attribute("versioning").orElseThrow().expression()).isInstanceOf(ObjectExpr.class);
    assertThat(b.blocks("lifecycle")).hasSize(1);
    Block prov = b.blocks("provisioner").get(0);
    assertThat(prov.labelValues()).containsExactly("local-exec");
    assertThat(prov.body().blocks("connection")).hasSize(1);
    Block dyn = b.blocks("dynamic").get(0);
    assertThat(dyn.labelValues()).containsExactly("rule");
    assertThat(dyn.body().blocks("content")).hasSize(1);
    TupleExpr deps = (TupleExpr) b.attribute("depends_on").orElseThrow().expression();
    assertThat(((ScopeTraversalExpr) deps.items().get(0)).toPath()).isEqualTo("aws_iam_role.r");
    assertThat(((ScopeTraversalExpr) b.attribute("provider").orElseThrow().expression()).toPath())
        .isEqualTo("aws.west");
  }

  @Test
  void stringsAreTemplatesWithPositionsInsideTheJsonFile() {
    Body body = loadOk("{\"locals\": {\"a\": \"x-${var.b ? \\\"y\\\" : \\\"z\\\"}\"}}");
    TemplateExpr t = (TemplateExpr) body.blocks("locals").get(0).body().attribute("a").orElseThrow().expression();
    assertThat(((TemplatePart.Literal) t.parts().get(0)).value()).isEqualTo("x-");
    TemplatePart.Interpolation i = (TemplatePart.Interpolation) t.parts().get(1);
    ConditionalExpr c = (ConditionalExpr) i.expression();
    assertThat(span(c.condition().range())).isEqualTo("1:23-1:28");
    // After the escaped quotes the columns still match the JSON source.
    assertThat(span(c.falseResult().range())).isEqualTo("1:39-1:44");
    assertThat(((TemplateExpr) c.falseResult()).literalValue()).contains("z");
  }

  @Test
  void variableTypeIsAnExpressionNotAString() {
    Body body = loadOk("{\"variable\": {\"v\": {\"type\": \"map(string)\", \"default\": {\"a\": 1.5}}}}");
    Body v = body.blocks("variable").get(0).body();
    assertThat(((FunctionCallExpr) v.attribute("type").orElseThrow().expression()).name()).isEqualTo("map");
    ObjectExpr def = (ObjectExpr) v.attribute("default").orElseThrow().expression();
    assertThat(((LiteralExpr) def.item("a").orElseThrow().value()).value()).isEqualTo(new BigDecimal("1.5"));
  }

  @Test
  void commentPropertyIsIgnoredInBodies() {
    Body body = loadOk("{\"//\": \"top comment\", \"locals\": {\"//\": \"note\", \"a\": 1}}");
    assertThat(body.items()).hasSize(1);
    assertThat(body.blocks("locals").get(0).body().attributes()).extracting(Attribute::name).containsExactly("a");
  }

  @Test
  void tfvarsJsonStringsAreLiteral() {
    HclParseResult r = load("prod.tfvars.json", "{\"name\": \"a-${b}\", \"n\": 3, \"tags\": {\"k\": null}, \"l\": [true]}");
    assertThat(r.diagnostics()).isEmpty();
    Body body = r.file().body();
    assertThat(((TemplateExpr) body.attribute("name").orElseThrow().expression()).literalValue()).contains("a-${b}");
    assertThat(body.attributes()).hasSize(4);
  }

  @Test
  void syntaxErrorsHaveLineAndColumn() {
    HclParseResult r = load("bad.tf.json", "{\n  \"locals\": {\"a\": [1, 2,]}\n}");
    assertThat(r.diagnostics()).hasSize(1);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.range().startLine()).isEqualTo(2);
    assertThat(d.range().startColumn()).isEqualTo(25);
    assertThat(d.message()).startsWith("invalid JSON: ").doesNotContain("code 93").doesNotContain("Source:");
  }

  @Test
  void duplicateKeysAreReported() {
    HclParseResult r = load("d.tf.json", "{\"locals\": {\"a\": 1, \"a\": 2, \"o\": {\"k\": 1, \"k\": 2}}}");
    assertThat(r.diagnostics()).extracting(Diagnostic::format).containsExactly(
        "d.tf.json:1:21: attribute 'a' is already defined at line 1",
        "d.tf.json:1:43: duplicate key 'k' in object; the first is at line 1");
  }

  @Test
  void templateErrorsInsideStringsPointIntoTheJson() {
    HclParseResult r = load("t.tf.json", "{\"locals\": {\"a\": \"${var.x +}\"}}");
    assertThat(r.diagnostics()).extracting(Diagnostic::format)
        .containsExactly("t.tf.json:1:28: expected an expression after '+', found '}'");
  }

  @Test
  void topLevelMustBeAnObject() {
    assertThat(load("x.tf.json", "[1]").diagnostics()).extracting(Diagnostic::message)
        .containsExactly("the top level of a Terraform JSON file must be an object");
    assertThat(load("x.tf.json", "").hasErrors()).isTrue();
  }
}
