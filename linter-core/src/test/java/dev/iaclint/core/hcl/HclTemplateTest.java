package dev.iaclint.core.hcl;

import static dev.iaclint.core.hcl.Hcl.expr;
import static dev.iaclint.core.hcl.Hcl.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.hcl.ast.ConditionalExpr;
import dev.iaclint.core.hcl.ast.LiteralExpr;
import dev.iaclint.core.hcl.ast.ScopeTraversalExpr;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.hcl.ast.TemplatePart;
import dev.iaclint.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class HclTemplateTest {

  private static TemplateExpr template(String source) {
    return (TemplateExpr) expr(source);
  }

  private static String literal(String source) {
    return template(source).literalValue().orElseThrow();
  }

  /** The template's text with interpolations shown as {@code <expr-range>}: checks decoding and order. */
  private static List<TemplatePart> parts(String source) {
    return template(source).parts();
  }

  @Test
  void quotedStringDecodesEveryEscape() {
    assertThat(literal("\"a\\nb\\rc\\td\\\"e\\\\f\"")).isEqualTo("a\nb\rc\td\"e\\f");
  }

  @Test
  void unicodeEscapesIncludingSupplementaryPlanes() {
    assertThat(literal("\"\\u00e9\\U0001F600\"")).isEqualTo("é\uD83D\uDE00");
  }

  @Test
  void doubledDollarAndPercentAreLiteralIntroducers() {
    assertThat(literal("\"$${not} %%{not} $ % 100%\"")).isEqualTo("${not} %{not} $ % 100%");
  }

  @Test
  void emptyStringHasNoParts() {
    assertThat(template("\"\"").parts()).isEmpty();
    assertThat(template("\"\"").literalValue()).contains("");
  }

  @Test
  void literalTextIsNfcNormalised() {
    assertThat(literal("\"an\u0303o\"")).isEqualTo("a\u00f1o");
  }

  @Test
  void interpolationSplitsTheTemplateWithExactRanges() {
    List<TemplatePart> p = parts("\"x-${var.name}-y\"");
    assertThat(p).hasSize(3);
    assertThat(((TemplatePart.Literal) p.get(0)).value()).isEqualTo("x-");
    assertThat(span(p.get(0).range())).isEqualTo("1:6-1:8");
    TemplatePart.Interpolation i = (TemplatePart.Interpolation) p.get(1);
    assertThat(span(i.range())).isEqualTo("1:8-1:19");
    assertThat(((ScopeTraversalExpr) i.expression()).toPath()).isEqualTo("var.name");
    assertThat(span(i.expression().range())).isEqualTo("1:10-1:18");
  }

  @Test
  void singleInterpolationUnwraps() {
    assertThat(template("\"${var.x}\"").unwrapped()).containsInstanceOf(ScopeTraversalExpr.class);
    assertThat(template("\"a${var.x}\"").unwrapped()).isEmpty();
  }

  @Test
  void nestedTemplatesInsideInterpolationsNestToAnyDepth() {
    TemplatePart.Interpolation i = (TemplatePart.Interpolation) parts("\"${a ? \"${b ? \"${c}\" : \"d\"}\" : \"e\"}\"").get(0);
    ConditionalExpr c = (ConditionalExpr) i.expression();
    TemplateExpr inner = (TemplateExpr) c.trueResult();
    ConditionalExpr c2 = (ConditionalExpr) ((TemplatePart.Interpolation) inner.parts().get(0)).expression();
    assertThat(((TemplateExpr) c2.falseResult()).literalValue()).contains("d");
    assertThat(((TemplateExpr) c.falseResult()).literalValue()).contains("e");
  }

  @Test
  void objectInsideInterpolationDoesNotEndIt() {
    TemplatePart.Interpolation i = (TemplatePart.Interpolation) parts("\"${jsonencode({a = 1})}!\"").get(0);
    assertThat(span(i.range())).isEqualTo("1:6-1:28");
  }

  @Test
  void stripMarkersRemoveAdjacentWhitespaceOnly() {
    List<TemplatePart> p = parts("\"hello ${~ \"world\" ~}  !\"");
    assertThat(((TemplatePart.Literal) p.get(0)).value()).isEqualTo("hello");
    assertThat(((TemplatePart.Literal) p.get(2)).value()).isEqualTo("!");
  }

  @Test
  void ifDirectiveWithElseAndStripMarkers() {
    List<TemplatePart> p = parts("\"%{ if x ~}  yes  %{~ else ~}  no  %{~ endif }\"");
    assertThat(p).hasSize(1);
    TemplatePart.IfDirective d = (TemplatePart.IfDirective) p.get(0);
    assertThat(((ScopeTraversalExpr) d.condition()).root()).isEqualTo("x");
    assertThat(((TemplatePart.Literal) d.thenParts().get(0)).value()).isEqualTo("yes");
    assertThat(d.hasElse()).isTrue();
    assertThat(((TemplatePart.Literal) d.elseParts().get(0)).value()).isEqualTo("no");
    assertThat(span(d.range())).isEqualTo("1:6-1:51");
  }

  @Test
  void forDirectiveWithKeyAndValue() {
    TemplatePart.ForDirective d = (TemplatePart.ForDirective) parts("\"%{ for k, v in m }${k}=${v};%{ endfor }\"").get(0);
    assertThat(d.keyVar()).isEqualTo("k");
    assertThat(d.valueVar()).isEqualTo("v");
    assertThat(d.body()).hasSize(4);
  }

  @Test
  void heredocKeepsTextVerbatimWithTemplates() {
    TemplateExpr t = template("<<EOT\n  {\"a\": \"${var.x}\", \"b\": \"%{ if y }z%{ endif }\"}\n  \\n stays\nEOT\n");
    assertThat(t.heredoc()).isTrue();
    assertThat(t.parts()).hasSize(5);
    assertThat(((TemplatePart.Literal) t.parts().get(0)).value()).isEqualTo("  {\"a\": \"");
    assertThat(t.parts().get(3)).isInstanceOf(TemplatePart.IfDirective.class);
    assertThat(((TemplatePart.Literal) t.parts().get(4)).value()).isEqualTo("\"}\n  \\n stays\n");
    assertThat(span(t.range())).isEqualTo("1:5-4:4");
  }

  @Test
  void heredocClosingMarkerMayBeIndentedAndMustStandAlone() {
    TemplateExpr t = template("<<EOT\n  NOT EOT\n  EOTX\n  EOT\n");
    assertThat(t.literalValue()).contains("  NOT EOT\n  EOTX\n");
  }

  @Test
  void indentedHeredocStripsTheCommonIndentation() {
    TemplateExpr t = template("<<-EOT\n    Foo\n      Bar\n\n    ${x}\n    Baz\n  EOT\n");
    assertThat(t.parts()).hasSize(3);
    assertThat(((TemplatePart.Literal) t.parts().get(0)).value()).isEqualTo("Foo\n  Bar\n\n");
    assertThat(((TemplatePart.Literal) t.parts().get(2)).value()).isEqualTo("\nBaz\n");
  }

  @Test
  void indentedHeredocCountsTabsAsOneSpace() {
    assertThat(template("<<-EOT\n\tFoo\n  Bar\n  EOT\n").literalValue()).contains("Foo\n Bar\n");
  }

  @Test
  void heredocInsideAFunctionCallAndItsClosingParenthesis() {
    assertThat(expr("jsonencode(<<EOT\n{}\nEOT\n)")).isNotNull();
  }

  @Test
  void heredocWithCrlfLineEnds() {
    TemplateExpr t = (TemplateExpr) Hcl.parseOk("a = <<EOT\r\nx\r\nEOT\r\nb = 1\r\n").body().attribute("a")
        .orElseThrow().expression();
    assertThat(t.literalValue()).contains("x\r\n");
  }

  @Test
  void constantStringIndexIsPartOfTheTraversal() {
    ScopeTraversalExpr t = (ScopeTraversalExpr) expr("var.m[\"a\\\"b\"]");
    assertThat(t.toPath()).isEqualTo("var.m[\"a\"b\"]");
  }

  @Test
  void bareTemplateFileKeepsNewlinesAndBackslashes() {
    HclParseResult r = HclParser.parseTemplate(SourceFile.of("user_data.sh",
        "#!/bin/bash\necho \"${name}\" \\\n  %{ for p in ports }-p ${p} %{ endfor }\n"));
    assertThat(r.diagnostics()).isEmpty();
    TemplateExpr t = (TemplateExpr) r.expression();
    assertThat(((TemplatePart.Literal) t.parts().get(0)).value()).isEqualTo("#!/bin/bash\necho \"");
    assertThat(((TemplatePart.Literal) t.parts().get(2)).value()).isEqualTo("\" \\\n  ");
    assertThat(t.parts().get(3)).isInstanceOf(TemplatePart.ForDirective.class);
    assertThat(span(t.parts().get(1).range())).isEqualTo("2:7-2:14");
  }

  @Test
  void numberInsideInterpolation() {
    TemplatePart.Interpolation i = (TemplatePart.Interpolation) parts("\"${1}\"").get(0);
    assertThat(((LiteralExpr) i.expression()).isNumber()).isTrue();
  }
}
