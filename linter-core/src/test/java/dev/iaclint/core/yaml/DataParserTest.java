package dev.iaclint.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DataParserTest {

  private static ParsedData yaml(String text) {
    return DataParser.parse(SourceFile.of("f.yaml", text));
  }

  private static ParsedData json(String text) {
    return DataParser.parse(SourceFile.of("f.json", text));
  }

  private static MapValue root(ParsedData p) {
    assertThat(p.diagnostics()).isEmpty();
    return (MapValue) p.roots().get(0);
  }

  private static String at(SourceRange r) {
    return r.startLine() + ":" + r.startColumn() + "-" + r.endLine() + ":" + r.endColumn();
  }

  @Test
  void yamlValuesAndMembersCarryExactPositions() {
    MapValue root = root(yaml("""
        # comment
        outer:
          name: logs   # trailing comment
          list:
            - a
            - {x: 1}

        last: "q"
        """));
    MapValue outer = (MapValue) root.get("outer");
    assertThat(at(root.memberRange("outer"))).isEqualTo("2:1-6:13");
    assertThat(at(outer.range())).isEqualTo("3:3-6:13");
    assertThat(at(outer.memberRange("name"))).isEqualTo("3:3-3:13");
    assertThat(at(outer.get("name").range())).isEqualTo("3:9-3:13");
    ListValue list = (ListValue) outer.get("list");
    assertThat(at(list.get(0).range())).isEqualTo("5:7-5:8");
    assertThat(at(list.get(1).range())).isEqualTo("6:7-6:13");
    assertThat(at(root.get("last").range())).isEqualTo("8:7-8:10");
    assertThat(root.get("last").range().startOffset()).isEqualTo(root.get("last").range().file().text().indexOf("\"q\""));
  }

  @Test
  void columnsCountCodePointsAfterAstralCharactersAndCrlf() {
    MapValue root = root(yaml("a: \"😀\"\r\nb: x\r\n"));
    assertThat(at(root.get("a").range())).isEqualTo("1:4-1:7");
    assertThat(at(root.get("b").range())).isEqualTo("2:4-2:5");
    assertThat(root.get("b").range().startOffset()).isEqualTo(11);
  }

  @Test
  void scalarsAreTypedAsKubernetesAndCloudFormationReadThem() {
    MapValue root = root(yaml("""
        t: yes
        f: Off
        q: "true"
        mode: 0644
        hex: 0x1F
        n: -12
        ratio: 1.5
        port: 9200:9200
        date: 2024-01-01
        version: '1.20'
        none: ~
        empty:
        """));
    assertThat(root.get("t")).isInstanceOf(BoolValue.class).matches(v -> ((BoolValue) v).value());
    assertThat(((BoolValue) root.get("f")).value()).isFalse();
    assertThat(root.get("q")).isInstanceOf(StringValue.class);
    assertThat(((NumberValue) root.get("mode")).value()).isEqualByComparingTo("420");
    assertThat(((NumberValue) root.get("hex")).value()).isEqualByComparingTo("31");
    assertThat(((NumberValue) root.get("n")).value()).isEqualByComparingTo("-12");
    assertThat(((NumberValue) root.get("ratio")).value()).isEqualByComparingTo(new BigDecimal("1.5"));
    assertThat(Values.string(root.get("port"))).isEqualTo("9200:9200");
    assertThat(Values.string(root.get("date"))).isEqualTo("2024-01-01");
    assertThat(Values.string(root.get("version"))).isEqualTo("1.20");
    assertThat(root.get("none")).isInstanceOf(NullValue.class);
    assertThat(root.get("empty")).isInstanceOf(NullValue.class);
  }

  @Test
  void mergeKeysApplyWithExplicitKeysWinning() {
    ParsedData p = yaml("""
        x-base: &base
          image: es
          restart: always
        svc:
          <<: *base
          restart: never
        """);
    MapValue svc = (MapValue) root(p).get("svc");
    assertThat(svc.keys()).containsExactly("restart", "image");
    assertThat(Values.string(svc.get("restart"))).isEqualTo("never");
    assertThat(svc.get("image").range().startLine()).isEqualTo(2);
  }

  @Test
  void duplicateKeysAreReportedWithBothPositions() {
    ParsedData p = yaml("a: 1\nb: 2\na: 3\n");
    assertThat(p.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
      assertThat(d.format()).isEqualTo("f.yaml:3:1: duplicate key 'a' (first at line 1, column 1); the later value is used");
    });
    assertThat(((NumberValue) ((MapValue) p.roots().get(0)).get("a")).value()).isEqualByComparingTo("3");
  }

  @Test
  void syntaxErrorsAreOneReadableLineThatQuotesNoInput() {
    ParsedData p = yaml("password: hunter2-secret\n  bad: [x\n");
    assertThat(p.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.range().startLine()).isEqualTo(2);
      assertThat(d.message()).startsWith("invalid YAML: ").doesNotContain("\n").doesNotContain("hunter2");
    });
  }

  @Test
  void badIndentationNamesTheMappingItBreaks() {
    ParsedData p = yaml("a:\n  b: 1\n c: 2\n");
    assertThat(p.diagnostics()).singleElement().satisfies(d ->
        assertThat(d.format()).isEqualTo("f.yaml:3:2: invalid YAML: bad indentation: this line does not line up"
            + " with the mapping that starts on line 1"));
  }

  @Test
  void tabIndentationIsExplained() {
    ParsedData p = yaml("a:\n\tb: 1\n");
    assertThat(p.diagnostics()).singleElement().satisfies(d ->
        assertThat(d.message()).isEqualTo("invalid YAML: a tab cannot be used for indentation; use spaces"));
  }

  @Test
  void aliasExpansionIsBounded() {
    StringBuilder s = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      s.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        s.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      s.append("]\n");
    }
    ParsedData p = yaml(s.toString());
    assertThat(p.roots()).isEmpty();
    assertThat(p.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.message()).contains("aliases");
    });
  }

  @Test
  void recursiveAliasesAreRefused() {
    ParsedData p = yaml("a: &a [*a]\n");
    assertThat(p.roots()).isEmpty();
    assertThat(p.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("contains it"));
  }

  @Test
  void nestingDepthIsBounded() {
    ParsedData p = yaml("[".repeat(Limits.MAX_DEPTH + 10) + "]".repeat(Limits.MAX_DEPTH + 10));
    assertThat(p.roots()).isEmpty();
    assertThat(p.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("nested"));
    ParsedData j = json("[".repeat(Limits.MAX_DEPTH + 10) + "]".repeat(Limits.MAX_DEPTH + 10));
    assertThat(j.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("nested"));
  }

  @Test
  void filesOverTheSizeLimitAreNotRead() {
    ParsedData p = yaml("a".repeat(Limits.MAX_CODE_POINTS + 1));
    assertThat(p.roots()).isEmpty();
    assertThat(p.diagnostics()).singleElement().satisfies(d ->
        assertThat(d.message()).isEqualTo("the file is larger than 10 MiB and is not read"));
  }

  @Test
  void jsonFilesMayBeLargerThanYamlOnes() {
    // A big Terraform plan: {"values":["xxxx…", …]} of about 12 MiB.
    String element = "\"" + "x".repeat(1022) + "\"";
    ParsedData big = json("{\"values\":[" + String.join(",", java.util.Collections.nCopies(12 * 1024, element)) + "]}");
    assertThat(big.diagnostics()).isEmpty();
    assertThat(big.roots()).hasSize(1);
    ParsedData tooBig = json(" ".repeat(Limits.MAX_JSON_CODE_POINTS + 1) + "{}");
    assertThat(tooBig.roots()).isEmpty();
    assertThat(tooBig.diagnostics()).singleElement().satisfies(d ->
        assertThat(d.message()).isEqualTo("the file is larger than 64 MiB and is not read"));
  }

  @Test
  void aBrokenDocumentKeepsTheDocumentsBeforeIt() {
    ParsedData p = yaml("a: 1\n---\nb: [\n");
    assertThat(p.roots()).hasSize(1);
    assertThat(p.hasErrors()).isTrue();
  }

  @Test
  void localTagsAreKeptBesideTheTree() {
    ParsedData p = yaml("a: !Ref Bucket\nb: !GetAtt [X, Arn]\n");
    MapValue root = root(p);
    assertThat(p.tagOf(root.get("a"))).isEqualTo("!Ref");
    assertThat(p.tagOf(root.get("b"))).isEqualTo("!GetAtt");
    assertThat(at(root.get("a").range())).isEqualTo("1:4-1:15");
  }

  @Test
  void jsonValuesAndMembersCarryExactPositions() {
    MapValue root = root(json("{\n  \"a\": {\"b\": [1, \"x\\\"y\", true, null]},\n  \"c\": 2.50\n}\n"));
    assertThat(at(root.range())).isEqualTo("1:1-4:2");
    assertThat(at(root.memberRange("a"))).isEqualTo("2:3-2:38");
    MapValue a = (MapValue) root.get("a");
    ListValue b = (ListValue) a.get("b");
    assertThat(at(b.get(1).range())).isEqualTo("2:18-2:24");
    assertThat(Values.string(b.get(1))).isEqualTo("x\"y");
    assertThat(at(root.get("c").range())).isEqualTo("3:8-3:12");
    assertThat(((NumberValue) root.get("c")).value()).isEqualByComparingTo("2.5");
  }

  @Test
  void jsonErrorsAreRewordedAndQuoteNoInput() {
    ParsedData p = json("{\"password\": hunter2secret}");
    assertThat(p.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.message()).startsWith("invalid JSON: unexpected word").doesNotContain("hunter2");
      assertThat(d.range().startLine()).isEqualTo(1);
      assertThat(d.range().startColumn()).isGreaterThan(1);
    });
    ParsedData trailing = json("{\"a\": 1,\n}");
    assertThat(trailing.diagnostics()).singleElement().satisfies(d ->
        assertThat(d.format()).isEqualTo("f.json:2:1: invalid JSON: unexpected character '}'"
            + " (a key must be a double-quoted string; is there a trailing comma?)"));
    assertThat(json("{\"a\": [1, 2}").diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("invalid JSON: "));
  }

  @Test
  void jsonDuplicateKeysAreReported() {
    ParsedData p = json("{\"a\": 1,\n \"a\": 2}");
    assertThat(p.diagnostics()).singleElement().satisfies(d ->
        assertThat(d.format()).isEqualTo("f.json:2:2: duplicate key \"a\" (first at line 1, column 2); the later value is used"));
  }

  @Test
  void bracketedTextInAYamlFileIsReadAsJsonFirst() {
    ParsedData p = DataParser.parse(SourceFile.of("t.template", "{\n\t\"a\": 1\n}"));
    assertThat(p.syntax()).isEqualTo(ParsedData.Syntax.JSON);
    assertThat(p.diagnostics()).isEmpty();
    Value a = ((MapValue) p.roots().get(0)).get("a");
    assertThat(a.range().startColumn()).isEqualTo(7);
  }

  @Test
  void templateCodeIsDetectedButCloudFormationDynamicReferencesAreNot() {
    assertThat(DataParser.hasTemplateCode(SourceFile.of("a.yaml", "x: {{ .Values.x }}\n"))).isTrue();
    assertThat(DataParser.hasTemplateCode(SourceFile.of("a.yaml", "x: '{{resolve:ssm:/p}}'\n"))).isFalse();
  }
}
