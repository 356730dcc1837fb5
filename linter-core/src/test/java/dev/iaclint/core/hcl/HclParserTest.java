package dev.iaclint.core.hcl;

import static dev.iaclint.core.hcl.Hcl.expr;
import static dev.iaclint.core.hcl.Hcl.parseOk;
import static dev.iaclint.core.hcl.Hcl.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.BinaryOpExpr;
import dev.iaclint.core.hcl.ast.BinaryOperator;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.Comment;
import dev.iaclint.core.hcl.ast.ConditionalExpr;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.ForExpr;
import dev.iaclint.core.hcl.ast.FunctionCallExpr;
import dev.iaclint.core.hcl.ast.GetAttrExpr;
import dev.iaclint.core.hcl.ast.HclFile;
import dev.iaclint.core.hcl.ast.IndexExpr;
import dev.iaclint.core.hcl.ast.LiteralExpr;
import dev.iaclint.core.hcl.ast.ObjectExpr;
import dev.iaclint.core.hcl.ast.ObjectItem;
import dev.iaclint.core.hcl.ast.ParenthesesExpr;
import dev.iaclint.core.hcl.ast.ScopeTraversalExpr;
import dev.iaclint.core.hcl.ast.SplatExpr;
import dev.iaclint.core.hcl.ast.SplatItemExpr;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.hcl.ast.TraversalStep;
import dev.iaclint.core.hcl.ast.TupleExpr;
import dev.iaclint.core.hcl.ast.UnaryOpExpr;
import dev.iaclint.core.hcl.ast.UnaryOperator;
import dev.iaclint.core.source.SourceFile;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HclParserTest {

  // ---------------------------------------------------------------- structure

  @Test
  void blockWithQuotedLabelsHasTypeLabelBraceAndBodyRanges() {
    HclFile f = parseOk("resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"x\"\n}\n");
    Block b = (Block) f.body().items().get(0);
    assertThat(b.type()).isEqualTo("resource");
    assertThat(b.labelValues()).containsExactly("aws_s3_bucket", "logs");
    assertThat(b.labels().get(0).quoted()).isTrue();
    assertThat(span(b.typeRange())).isEqualTo("1:1-1:9");
    assertThat(span(b.labels().get(0).range())).isEqualTo("1:10-1:25");
    assertThat(span(b.labels().get(1).range())).isEqualTo("1:26-1:32");
    assertThat(span(b.headerRange())).isEqualTo("1:1-1:32");
    assertThat(span(b.openBraceRange())).isEqualTo("1:33-1:34");
    assertThat(span(b.closeBraceRange())).isEqualTo("3:1-3:2");
    assertThat(span(b.range())).isEqualTo("1:1-3:2");
    assertThat(span(b.body().range())).isEqualTo("1:34-3:1");
    Attribute a = b.body().attribute("bucket").orElseThrow();
    assertThat(span(a.nameRange())).isEqualTo("2:3-2:9");
    assertThat(span(a.expression().range())).isEqualTo("2:12-2:15");
    assertThat(span(a.range())).isEqualTo("2:3-2:15");
    assertThat(a.range().startOffset()).isEqualTo(36);
    assertThat(a.range().endOffset()).isEqualTo(48);
  }

  @Test
  void bareIdentifierLabelsAreNotQuoted() {
    Block b = (Block) parseOk("dynamic setting {\n}\n").body().items().get(0);
    assertThat(b.labelValues()).containsExactly("setting");
    assertThat(b.labels().get(0).quoted()).isFalse();
  }

  @Test
  void oneLineBlocksHoldAtMostOneAttribute() {
    HclFile f = parseOk("a {}\nb { c = 1 }\n");
    assertThat(f.body().blocks()).hasSize(2);
    Block b = f.body().blocks("b").get(0);
    assertThat(b.body().attribute("c")).isPresent();
    assertThat(span(b.range())).isEqualTo("2:1-2:12");
  }

  @Test
  void bodyKeepsSourceOrderAndFindsByName() {
    HclFile f = parseOk("x = 1\nblk {\n}\ny = 2\nblk {\n}\n");
    assertThat(f.body().items()).extracting(i -> i.getClass().getSimpleName())
        .containsExactly("Attribute", "Block", "Attribute", "Block");
    assertThat(f.body().attributes()).extracting(Attribute::name).containsExactly("x", "y");
    assertThat(f.body().blocks("blk")).hasSize(2);
    assertThat(f.body().attribute("nope")).isEmpty();
  }

  @Test
  void emptyFileAndCommentOnlyFileHaveEmptyBodies() {
    assertThat(parseOk("").body().items()).isEmpty();
    assertThat(parseOk("# only a comment").body().items()).isEmpty();
    assertThat(parseOk("\n\n\n").body().items()).isEmpty();
  }

  @Test
  void lastAttributeNeedsNoTrailingNewline() {
    assertThat(parseOk("a = 1").body().attribute("a")).isPresent();
  }

  @Test
  void keywordsCanBeAttributeAndBlockNames() {
    HclFile f = parseOk("true = true\nfor = 1\nif {\n}\n");
    assertThat(f.body().attributes()).extracting(Attribute::name).containsExactly("true", "for");
    assertThat(f.body().blocks("if")).hasSize(1);
  }

  // ---------------------------------------------------------------- comments

  @Test
  void commentsOfAllThreeKindsAreKeptWithRanges() {
    HclFile f = parseOk("# hash\n// slashes\n/* block\n comment */\na = 1 # trailing\n");
    assertThat(f.comments()).extracting(Comment::kind).containsExactly(
        Comment.Kind.HASH, Comment.Kind.SLASHES, Comment.Kind.BLOCK, Comment.Kind.HASH);
    assertThat(span(f.comments().get(0).range())).isEqualTo("1:1-1:7");
    assertThat(span(f.comments().get(2).range())).isEqualTo("3:1-4:12");
    assertThat(f.comments().get(3).content()).isEqualTo("trailing");
    assertThat(f.commentsOnLine(5)).hasSize(1);
  }

  @Test
  void commentsInOddPlacesAreIgnoredBySyntax() {
    HclFile f = parseOk("resource /* t */ \"a\" /* between labels */ \"b\" { # after brace\n"
        + "  x = [ # in a tuple\n    1, // after an item\n    2 /* inline */ ]\n"
        + "  y = foo(/* arg */ 1) # after value\n}\n");
    Block b = f.body().blocks().get(0);
    assertThat(b.labelValues()).containsExactly("a", "b");
    assertThat(((TupleExpr) b.body().attribute("x").orElseThrow().expression()).items()).hasSize(2);
    assertThat(f.comments()).hasSize(8);
  }

  @Test
  void commentsAboveFindTheSuppressionLineBeforeABlock() {
    HclFile f = parseOk("a = 1 # not above\n# iaclint:ignore IAC-1\n// second\nresource \"x\" \"y\" {\n}\n");
    Block b = f.body().blocks().get(0);
    assertThat(f.commentsAbove(b)).extracting(Comment::content)
        .containsExactly("iaclint:ignore IAC-1", "second");
  }

  @Test
  void trailingCommentOnThePreviousLineIsNotAboveTheNextItem() {
    HclFile f = parseOk("a = 1 # iaclint:ignore X\nb = 2\n");
    assertThat(f.commentsAbove(f.body().attribute("b").orElseThrow())).isEmpty();
  }

  // ---------------------------------------------------------------- literals

  @Test
  void numbersAreExactDecimals() {
    assertThat(((LiteralExpr) expr("42")).value()).isEqualTo(new BigDecimal("42"));
    assertThat(((LiteralExpr) expr("3.14159265358979323846264338327950288419716939937510582097494459")).value())
        .isEqualTo(new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459"));
    assertThat(((BigDecimal) ((LiteralExpr) expr("1.5e3")).value())).isEqualByComparingTo("1500");
    assertThat(((BigDecimal) ((LiteralExpr) expr("2E-2")).value())).isEqualByComparingTo("0.02");
  }

  @Test
  void trueFalseAndNullAreLiterals() {
    assertThat(((LiteralExpr) expr("true")).value()).isEqualTo(Boolean.TRUE);
    assertThat(((LiteralExpr) expr("false")).value()).isEqualTo(Boolean.FALSE);
    assertThat(((LiteralExpr) expr("null")).isNull()).isTrue();
  }

  // ---------------------------------------------------------------- operators

  @Test
  void conditionalIsRightAssociative() {
    ConditionalExpr c = (ConditionalExpr) expr("a ? b : c ? d : e");
    assertThat(((ScopeTraversalExpr) c.condition()).root()).isEqualTo("a");
    assertThat(((ScopeTraversalExpr) c.trueResult()).root()).isEqualTo("b");
    ConditionalExpr inner = (ConditionalExpr) c.falseResult();
    assertThat(((ScopeTraversalExpr) inner.condition()).root()).isEqualTo("c");
    assertThat(span(inner.range())).isEqualTo("1:13-1:22");
    assertThat(span(c.range())).isEqualTo("1:5-1:22");
  }

  @Test
  void multiplicationBindsTighterThanAdditionAndBothAssociateLeft() {
    BinaryOpExpr e = (BinaryOpExpr) expr("1 + 2 * 3 - 4");
    assertThat(e.op()).isEqualTo(BinaryOperator.SUBTRACT);
    BinaryOpExpr add = (BinaryOpExpr) e.lhs();
    assertThat(add.op()).isEqualTo(BinaryOperator.ADD);
    assertThat(((BinaryOpExpr) add.rhs()).op()).isEqualTo(BinaryOperator.MULTIPLY);
    assertThat(span(e.operatorRange())).isEqualTo("1:15-1:16");
  }

  @Test
  void precedenceLevelsFollowTheSpec() {
    // || < && < == != < comparisons < + - < * / %
    BinaryOpExpr or = (BinaryOpExpr) expr("a || b && c == d < e + f * g");
    assertThat(or.op()).isEqualTo(BinaryOperator.OR);
    BinaryOpExpr and = (BinaryOpExpr) or.rhs();
    assertThat(and.op()).isEqualTo(BinaryOperator.AND);
    BinaryOpExpr eq = (BinaryOpExpr) and.rhs();
    assertThat(eq.op()).isEqualTo(BinaryOperator.EQUAL);
    BinaryOpExpr lt = (BinaryOpExpr) eq.rhs();
    assertThat(lt.op()).isEqualTo(BinaryOperator.LESS_THAN);
    BinaryOpExpr plus = (BinaryOpExpr) lt.rhs();
    assertThat(plus.op()).isEqualTo(BinaryOperator.ADD);
    assertThat(((BinaryOpExpr) plus.rhs()).op()).isEqualTo(BinaryOperator.MULTIPLY);
  }

  @Test
  void divisionAndMultiplicationAssociateLeft() {
    BinaryOpExpr e = (BinaryOpExpr) expr("x / y * z");
    assertThat(e.op()).isEqualTo(BinaryOperator.MULTIPLY);
    assertThat(((BinaryOpExpr) e.lhs()).op()).isEqualTo(BinaryOperator.DIVIDE);
  }

  @Test
  void unaryOperatorsBindTighterThanBinary() {
    BinaryOpExpr e = (BinaryOpExpr) expr("-a * b");
    assertThat(e.op()).isEqualTo(BinaryOperator.MULTIPLY);
    assertThat(((UnaryOpExpr) e.lhs()).op()).isEqualTo(UnaryOperator.NEGATE);
    BinaryOpExpr and = (BinaryOpExpr) expr("!a && b");
    assertThat(((UnaryOpExpr) and.lhs()).op()).isEqualTo(UnaryOperator.NOT);
  }

  @Test
  void everyComparisonOperatorIsRecognised() {
    assertThat(((BinaryOpExpr) expr("a <= b")).op()).isEqualTo(BinaryOperator.LESS_OR_EQUAL);
    assertThat(((BinaryOpExpr) expr("a >= b")).op()).isEqualTo(BinaryOperator.GREATER_OR_EQUAL);
    assertThat(((BinaryOpExpr) expr("a > b")).op()).isEqualTo(BinaryOperator.GREATER_THAN);
    assertThat(((BinaryOpExpr) expr("a != b")).op()).isEqualTo(BinaryOperator.NOT_EQUAL);
    assertThat(((BinaryOpExpr) expr("a % b")).op()).isEqualTo(BinaryOperator.MODULO);
  }

  @Test
  void parenthesesAreKeptAndGroup() {
    BinaryOpExpr e = (BinaryOpExpr) expr("(1 + 2) * 3");
    ParenthesesExpr p = (ParenthesesExpr) e.lhs();
    assertThat(span(p.range())).isEqualTo("1:5-1:12");
    assertThat(((BinaryOpExpr) p.expression()).op()).isEqualTo(BinaryOperator.ADD);
  }

  @Test
  void newlinesInsideParenthesesAreIgnored() {
    ConditionalExpr c = (ConditionalExpr) ((ParenthesesExpr) expr("(\n  a\n  ? b\n  : c\n)")).expression();
    assertThat(span(c.range())).isEqualTo("2:3-4:6");
  }

  // ---------------------------------------------------------------- traversals

  @Test
  void variableWithAttributesAndConstantIndexesIsOneTraversal() {
    ScopeTraversalExpr t = (ScopeTraversalExpr) expr("var.list[0].name[\"k\"]");
    assertThat(t.root()).isEqualTo("var");
    assertThat(span(t.rootRange())).isEqualTo("1:5-1:8");
    assertThat(t.steps()).hasSize(4);
    assertThat(((TraversalStep.Attr) t.steps().get(0)).name()).isEqualTo("list");
    assertThat(((TraversalStep.Index) t.steps().get(1)).key().value()).isEqualTo(BigDecimal.ZERO);
    assertThat(span(t.steps().get(1).range())).isEqualTo("1:13-1:16");
    assertThat(((TraversalStep.Index) t.steps().get(3)).key().value()).isEqualTo("k");
    assertThat(t.toPath()).isEqualTo("var.list[0].name[\"k\"]");
    assertThat(span(t.range())).isEqualTo("1:5-1:26");
  }

  @Test
  void legacyIndexIsAnIndexStep() {
    ScopeTraversalExpr t = (ScopeTraversalExpr) expr("aws_instance.web.0.id");
    assertThat(t.steps().get(1)).isInstanceOf(TraversalStep.LegacyIndex.class);
    assertThat(((TraversalStep.LegacyIndex) t.steps().get(1)).index()).isZero();
    assertThat(span(t.steps().get(1).range())).isEqualTo("1:21-1:23");
    assertThat(t.toPath()).isEqualTo("aws_instance.web.0.id");
  }

  @Test
  void dynamicIndexWrapsTheTraversal() {
    GetAttrExpr g = (GetAttrExpr) expr("aws_subnet.s[count.index].id");
    assertThat(g.name()).isEqualTo("id");
    IndexExpr i = (IndexExpr) g.source();
    assertThat(((ScopeTraversalExpr) i.collection()).toPath()).isEqualTo("aws_subnet.s");
    assertThat(((ScopeTraversalExpr) i.key()).toPath()).isEqualTo("count.index");
    assertThat(span(g.range())).isEqualTo("1:5-1:33");
  }

  @Test
  void attributeAccessOnACallIsGetAttr() {
    GetAttrExpr g = (GetAttrExpr) expr("f(x).y");
    assertThat(g.source()).isInstanceOf(FunctionCallExpr.class);
    assertThat(span(g.nameRange())).isEqualTo("1:10-1:11");
  }

  @Test
  void fullSplatAppliesFollowingTraversalsToEachElement() {
    SplatExpr s = (SplatExpr) expr("aws_instance.web[*].tags[\"Name\"]");
    assertThat(s.full()).isTrue();
    assertThat(((ScopeTraversalExpr) s.source()).toPath()).isEqualTo("aws_instance.web");
    IndexExpr each = (IndexExpr) s.each();
    GetAttrExpr tags = (GetAttrExpr) each.collection();
    assertThat(tags.source()).isSameAs(s.item());
    assertThat(span(s.item().range())).isEqualTo("1:21-1:24");
    assertThat(span(s.range())).isEqualTo("1:5-1:37");
  }

  @Test
  void attributeOnlySplatLeavesATrailingIndexOnTheResult() {
    IndexExpr i = (IndexExpr) expr("aws_instance.web.*.id[0]");
    SplatExpr s = (SplatExpr) i.collection();
    assertThat(s.full()).isFalse();
    assertThat(((GetAttrExpr) s.each()).name()).isEqualTo("id");
    assertThat(((LiteralExpr) i.key()).value()).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void splatWithNothingAfterItYieldsTheItem() {
    SplatExpr s = (SplatExpr) expr("var.list[*]");
    assertThat(s.each()).isInstanceOf(SplatItemExpr.class);
  }

  @Test
  void nestedFullSplatsNest() {
    SplatExpr outer = (SplatExpr) expr("a[*].b[*].c");
    SplatExpr inner = (SplatExpr) outer.each();
    assertThat(((GetAttrExpr) inner.source()).name()).isEqualTo("b");
    assertThat(((GetAttrExpr) inner.each()).name()).isEqualTo("c");
  }

  // ---------------------------------------------------------------- calls

  @Test
  void functionCallWithArgumentsAndExpansion() {
    FunctionCallExpr f = (FunctionCallExpr) expr("concat(a, [b]...)");
    assertThat(f.name()).isEqualTo("concat");
    assertThat(f.namespace()).isNull();
    assertThat(f.args()).hasSize(2);
    assertThat(f.expandFinal()).isTrue();
    assertThat(span(f.nameRange())).isEqualTo("1:5-1:11");
    assertThat(span(f.range())).isEqualTo("1:5-1:22");
  }

  @Test
  void functionCallArgumentsMaySpanLinesWithATrailingComma() {
    FunctionCallExpr f = (FunctionCallExpr) expr("merge(\n  a,\n  b,\n)");
    assertThat(f.args()).hasSize(2);
    assertThat(f.expandFinal()).isFalse();
  }

  @Test
  void providerFunctionsKeepTheirNamespace() {
    FunctionCallExpr f = (FunctionCallExpr) expr("provider::aws::arn_parse(x)");
    assertThat(f.namespace()).isEqualTo("provider::aws");
    assertThat(f.name()).isEqualTo("arn_parse");
    assertThat(f.qualifiedName()).isEqualTo("provider::aws::arn_parse");
    assertThat(span(f.nameRange())).isEqualTo("1:5-1:29");
  }

  // ---------------------------------------------------------------- collections

  @Test
  void tupleAllowsTrailingCommaAndNewlines() {
    TupleExpr t = (TupleExpr) expr("[\n  1,\n  \"two\",\n  three,\n]");
    assertThat(t.items()).hasSize(3);
    assertThat(span(t.range())).isEqualTo("1:5-5:2");
  }

  @Test
  void objectItemsSeparatedByNewlinesOrCommasWithEitherEqualsOrColon() {
    ObjectExpr o = (ObjectExpr) expr("{\n  a = 1\n  \"b\": 2, c = 3,\n  (d) = 4\n}");
    assertThat(o.items()).hasSize(4);
    ObjectItem a = o.items().get(0);
    assertThat(a.keyIsIdentifier()).isTrue();
    assertThat(a.literalKey()).contains("a");
    assertThat(span(a.range())).isEqualTo("2:3-2:8");
    assertThat(o.items().get(1).keyIsIdentifier()).isFalse();
    assertThat(o.items().get(1).literalKey()).contains("b");
    assertThat(o.items().get(3).key()).isInstanceOf(ParenthesesExpr.class);
    assertThat(o.items().get(3).literalKey()).isEmpty();
    assertThat(o.item("c")).isPresent();
  }

  @Test
  void keywordKeysAreNamesNotValues() {
    ObjectExpr o = (ObjectExpr) expr("{ null = 1, true = 2 }");
    assertThat(o.items()).extracting(i -> i.literalKey().orElseThrow()).containsExactly("null", "true");
  }

  @Test
  void multilineObjectInsideFunctionCall() {
    FunctionCallExpr f = (FunctionCallExpr) expr("merge(var.tags, {\n  Name = \"x\"\n  Env  = var.env\n})");
    assertThat(((ObjectExpr) f.args().get(1)).items()).hasSize(2);
  }

  // ---------------------------------------------------------------- for expressions

  @Test
  void tupleForExpressionWithCondition() {
    ForExpr f = (ForExpr) expr("[for k, v in m : v if v != null]");
    assertThat(f.isObject()).isFalse();
    assertThat(f.keyVar()).isEqualTo("k");
    assertThat(f.valueVar()).isEqualTo("v");
    assertThat(((ScopeTraversalExpr) f.collection()).root()).isEqualTo("m");
    assertThat(((ScopeTraversalExpr) f.valueExpr()).root()).isEqualTo("v");
    assertThat(((BinaryOpExpr) f.condition()).op()).isEqualTo(BinaryOperator.NOT_EQUAL);
    assertThat(f.grouping()).isFalse();
    assertThat(span(f.range())).isEqualTo("1:5-1:37");
  }

  @Test
  void objectForExpressionWithGrouping() {
    ForExpr f = (ForExpr) expr("{for k, v in m : k => v...}");
    assertThat(f.isObject()).isTrue();
    assertThat(((ScopeTraversalExpr) f.keyExpr()).root()).isEqualTo("k");
    assertThat(f.grouping()).isTrue();
    assertThat(f.condition()).isNull();
  }

  @Test
  void forExpressionsIgnoreNewlines() {
    ForExpr f = (ForExpr) expr("{\n  for s in var.subnets :\n  s.name => s.id\n  if s.public\n}");
    assertThat(f.keyVar()).isNull();
    assertThat(f.valueVar()).isEqualTo("s");
    assertThat(f.condition()).isNotNull();
  }

  @Test
  void forExpressionValueMayBeAConditional() {
    ForExpr f = (ForExpr) expr("[for x in xs : x ? 1 : 2]");
    assertThat(f.valueExpr()).isInstanceOf(ConditionalExpr.class);
  }

  // ---------------------------------------------------------------- source text

  @Test
  void crlfLineEndingsGiveTheSamePositions() {
    HclFile f = parseOk("a = 1\r\nb {\r\n  c = \"x\"\r\n}\r\n");
    Attribute c = f.body().blocks("b").get(0).body().attribute("c").orElseThrow();
    assertThat(span(c.range())).isEqualTo("3:3-3:10");
    assertThat(((TemplateExpr) c.expression()).literalValue()).contains("x");
  }

  @Test
  void byteOrderMarkIsNotPartOfTheFirstLine() {
    HclFile f = parseOk("\uFEFFa = 1\n");
    assertThat(span(f.body().attribute("a").orElseThrow().nameRange())).isEqualTo("1:1-1:2");
  }

  @Test
  void tabsCountAsOneColumn() {
    HclFile f = parseOk("b {\n\t\tc\t=\t1\n}\n");
    Attribute c = f.body().blocks().get(0).body().attribute("c").orElseThrow();
    assertThat(span(c.nameRange())).isEqualTo("2:3-2:4");
    assertThat(span(c.expression().range())).isEqualTo("2:7-2:8");
  }

  @Test
  void unicodeIdentifiersAndColumnsCountCodePoints() {
    HclFile f = parseOk("café-名前 = \"😀\"\nnext = 1\n");
    Attribute a = f.body().attributes().get(0);
    assertThat(a.name()).isEqualTo("café-名前");
    assertThat(span(a.nameRange())).isEqualTo("1:1-1:8");
    assertThat(span(a.expression().range())).isEqualTo("1:11-1:14");
    Attribute next = f.body().attributes().get(1);
    assertThat(next.range().startOffset()).isEqualTo(14);
  }

  @Test
  void identifiersMayContainDashesSoSubtractionNeedsSpaces() {
    assertThat(((ScopeTraversalExpr) expr("a-b")).root()).isEqualTo("a-b");
    assertThat(((BinaryOpExpr) expr("a - b")).op()).isEqualTo(BinaryOperator.SUBTRACT);
  }

  @Test
  void parseExpressionAndTemplateFromAFile() {
    HclParseResult e = HclParser.parseExpression(SourceFile.of("e", "list(string)"));
    assertThat(e.diagnostics()).isEmpty();
    assertThat(((FunctionCallExpr) e.expression()).name()).isEqualTo("list");
    HclParseResult t = HclParser.parseTemplate(SourceFile.of("t.tpl", "Hello ${name}!\n"));
    assertThat(t.diagnostics()).isEmpty();
    assertThat(((TemplateExpr) t.expression()).parts()).hasSize(3);
  }

  @Test
  void embeddedExpressionPositionsPointIntoTheOriginFile() {
    SourceFile origin = SourceFile.of("x.json", "{\"type\": \"map(string)\"}");
    HclParseResult r = HclParser.parseExpression("map(string)", origin, i -> 10 + i);
    FunctionCallExpr f = (FunctionCallExpr) r.expression();
    assertThat(f.range().file()).isSameAs(origin);
    assertThat(span(f.range())).isEqualTo("1:11-1:22");
    Expression arg = f.args().get(0);
    assertThat(span(arg.range())).isEqualTo("1:15-1:21");
  }

  @Test
  void everyNodeTypeIsReachableInOneRealisticFile() {
    HclFile f = parseOk(String.join("\n", List.of(
        "locals {",
        "  names   = [for u in var.users : upper(u.name) if u.active]",
        "  by_team = { for u in var.users : u.team => u.name... }",
        "  first   = var.users[0].name",
        "  ids     = aws_instance.web[*].id",
        "  label   = \"${var.env}-${local.app}\"",
        "  size    = var.big ? 10 : -1",
        "}",
        "")));
    Block locals = f.body().blocks("locals").get(0);
    assertThat(locals.body().attributes()).hasSize(6);
  }
}
