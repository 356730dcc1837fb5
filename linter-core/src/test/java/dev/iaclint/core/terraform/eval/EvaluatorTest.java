package dev.iaclint.core.terraform.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.hcl.HclParseResult;
import dev.iaclint.core.hcl.HclParser;
import dev.iaclint.core.hcl.ast.ScopeTraversalExpr;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** A scope with var.region = "eu-west-1", var.unset unknown and var.tags an object. */
  private final Evaluator.Scope scope = (ScopeTraversalExpr t, Evaluator ev) -> {
    if (!t.root().equals("var") || t.steps().isEmpty()) {
      return null;
    }
    String name = ((dev.iaclint.core.hcl.ast.TraversalStep.Attr) t.steps().get(0)).name();
    Value v = switch (name) {
      case "region" -> new StringValue("eu-west-1", t.range());
      case "unset" -> new UnknownValue("var.unset has no value", t.range());
      case "tags" -> MapValue.object(Map.of("env", new StringValue("prod", t.range())), t.range());
      case "rules" -> ListValue.tuple(List.of(MapValue.object(Map.of("cidr", new StringValue("0.0.0.0/0", t.range())),
          t.range())), t.range()).withOrigin(setIn("rules"));
      case "fallback" -> new StringValue("10.0.0.0/8", t.range()).withOrigin(setIn("fallback"));
      default -> ev.error(t.range(), "no variable " + name);
    };
    return new Evaluator.Resolved(v, 1);
  };

  private static dev.iaclint.core.value.Origin setIn(String variable) {
    return dev.iaclint.core.value.Origin.of(new dev.iaclint.core.value.Origin.Step(
        dev.iaclint.core.value.Origin.Kind.TFVARS_FILE, variable,
        dev.iaclint.core.source.SourceRange.startOf(SourceFile.of("terraform.tfvars", "x\n"))));
  }

  private static String setBy(Value v) {
    return v.origin().steps().isEmpty() ? "(no origin)" : v.origin().steps().get(0).name();
  }

  @Test
  void anElementTakenOutOfAVariableNamesWhereTheVariableWasSet() {
    assertThat(setBy(eval("var.rules[0].cidr"))).isEqualTo("rules");
    assertThat(setBy(eval("var.rules[0][\"cidr\"]"))).isEqualTo("rules");
    assertThat(setBy(eval("lookup(var.rules[0], \"cidr\", var.fallback)")))
        .as("the default is not used, so it is not where the value came from").isEqualTo("rules");
    assertThat(setBy(eval("lookup(var.rules[0], \"other\", var.fallback)"))).isEqualTo("fallback");
  }

  @Test
  void anElementAForExpressionWalksOverNamesWhereTheVariableWasSet() {
    ListValue cidrs = (ListValue) eval("[for r in var.rules : r.cidr]");
    assertThat(setBy(cidrs.get(0))).isEqualTo("rules");
    ListValue rules = (ListValue) eval("[for i, r in var.rules : r]");
    assertThat(setBy(rules.get(0))).isEqualTo("rules");
    assertThat(setBy(((MapValue) eval("{for k, v in var.tags : k => v}")).get("env")))
        .as("var.tags has no origin here").isEqualTo("(no origin)");
  }

  private Value eval(String expression) {
    SourceFile file = SourceFile.of("expr.tf", expression);
    HclParseResult parsed = HclParser.parseExpression(file);
    assertThat(parsed.diagnostics()).as("syntax of %s", expression).isEmpty();
    return new Evaluator(scope, diagnostics::add, new ComputedObjects(), null, Map.of()).evaluate(parsed.expression());
  }

  private String render(String expression) {
    return eval(expression).render();
  }

  @Test
  void arithmeticAndComparisonConvertStringsToNumbers() {
    assertThat(render("1 + 2 * 3")).isEqualTo("7");
    assertThat(render("\"4\" * 2")).isEqualTo("8");
    assertThat(render("7 % 3")).isEqualTo("1");
    assertThat(render("10 / 4")).isEqualTo("2.5");
    assertThat(render("-(3 - 5)")).isEqualTo("2");
    assertThat(render("3 >= 3 && 2 < 1")).isEqualTo("false");
    assertThat(render("!false || false")).isEqualTo("true");
  }

  @Test
  void equalityComparesTypeAndContentNotConversion() {
    assertThat(render("1 == \"1\"")).isEqualTo("false");
    assertThat(render("[1, 2] == [1, 2]")).isEqualTo("true");
    assertThat(render("{a = 1} != {a = 2}")).isEqualTo("true");
    assertThat(render("null == null")).isEqualTo("true");
  }

  @Test
  void aTypeErrorIsADiagnosticAtTheOperandAndEvaluatesToUnknown() {
    Value v = eval("true + 1");
    assertThat(v).isInstanceOf(UnknownValue.class);
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).severity()).isEqualTo(Diagnostic.Severity.WARNING);
    assertThat(diagnostics.get(0).message()).contains("needs a number, not a bool");
    assertThat(diagnostics.get(0).range().startColumn()).isEqualTo(1);
  }

  @Test
  void unknownPropagatesThroughOperatorsTemplatesAndFunctionsWithItsReason() {
    for (String e : List.of("var.unset + 1", "\"x-${var.unset}\"", "upper(var.unset)", "var.unset ? 1 : 2",
        "[for x in var.unset : x]", "var.unset.a.b", "var.unset[*].id")) {
      Value v = eval(e);
      assertThat(v).as(e).isInstanceOf(UnknownValue.class);
      assertThat(((UnknownValue) v).reason()).as(e).isEqualTo("var.unset has no value");
    }
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void aConditionalWithAnUnknownConditionIsKnownWhenBothBranchesAgree() {
    assertThat(render("var.unset ? \"a\" : \"a\"")).isEqualTo("\"a\"");
    assertThat(render("true ? var.region : 1")).isEqualTo("\"eu-west-1\"");
  }

  @Test
  void forExpressionsBuildTuplesAndObjectsWithFiltersAndGrouping() {
    assertThat(render("[for i, x in [\"a\", \"b\", \"c\"] : \"${i}${x}\" if x != \"b\"]")).isEqualTo("[\"0a\", \"2c\"]");
    assertThat(render("{for k, v in {a = 1, b = 2} : v => k}")).isEqualTo("{1 = \"a\", 2 = \"b\"}");
    assertThat(render("{for s in [\"ab\", \"ac\", \"b\"] : substr(s, 0, 1) => s...}"))
        .isEqualTo("{a = [\"ab\", \"ac\"], b = [\"b\"]}");
  }

  @Test
  void aDuplicateKeyWithoutGroupingIsAnError() {
    assertThat(eval("{for s in [\"a\", \"a\"] : s => s}")).isInstanceOf(UnknownValue.class);
    assertThat(diagnostics).extracting(Diagnostic::message).anyMatch(m -> m.contains("Duplicate object key"));
  }

  @Test
  void splatsMapEveryElementAndTreatASingleValueAsAList() {
    assertThat(render("[{id = 1}, {id = 2}][*].id")).isEqualTo("[1, 2]");
    assertThat(render("[{a = {b = 1}}].*.a.b")).isEqualTo("[1]");
    assertThat(render("{id = 3}[*].id")).isEqualTo("[3]");
    assertThat(render("null[*].id")).isEqualTo("[]");
  }

  @Test
  void templatesHonourIfAndForDirectivesAndStripMarkers() {
    assertThat(render("\"%{if var.region == \"eu-west-1\"}eu%{else}other%{endif}\"")).isEqualTo("\"eu\"");
    assertThat(render("\"%{for x in [1, 2, 3]}${x},%{endfor}\"")).isEqualTo("\"1,2,3,\"");
    assertThat(render("<<EOT\n%{ for x in [1, 2] ~}\n${x}\n%{ endfor ~}\nEOT\n")).isEqualTo("\"1\\n2\\n\"");
  }

  @Test
  void aLoneInterpolationKeepsItsValueAndType() {
    assertThat(eval("\"${1 + 1}\"")).isInstanceOf(NumberValue.class);
    assertThat(eval("\"${var.tags}\"")).isInstanceOf(MapValue.class);
  }

  @Test
  void indexAndAttributeAccessKeepTheElementsRangeAndReportMistakes() {
    Value region = eval("var.tags.env");
    assertThat(region).isInstanceOf(StringValue.class);
    assertThat(render("[10, 20][1]")).isEqualTo("20");
    assertThat(render("{a = 1}[\"a\"]")).isEqualTo("1");
    Value element = eval("[\"x\",\n  \"y\"][1]");
    assertThat(element.range().startLine()).isEqualTo(2);
    assertThat(eval("[1][3]")).isInstanceOf(UnknownValue.class);
    assertThat(eval("var.tags.missing")).isInstanceOf(UnknownValue.class);
    assertThat(diagnostics).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("out of range"))
        .anyMatch(m -> m.contains("Unsupported attribute"));
  }

  @Test
  void aTemplateWithAnUnknownInterpolationKeepsItsKnownTextAroundAHole() {
    Value v = eval("\"arn:aws:iam::${var.unset}:root\"");

    assertThat(v).isInstanceOfSatisfying(UnknownValue.class, u -> {
      assertThat(u.reason()).isEqualTo("var.unset has no value");
      assertThat(u.partialText()).isEqualTo("arn:aws:iam::" + UnknownValue.HOLE + ":root");
    });
    assertThat(((UnknownValue) eval("\"a%{if var.unset}b%{endif}c\"")).partialText())
        .as("an unknown directive decides the shape of the text").isNull();
  }

  @Test
  void aComputedObjectsMissingAttributeIsKnownOnlyAfterApply() {
    ComputedObjects computed = new ComputedObjects();
    SourceFile file = SourceFile.of("k.tf", "x");
    MapValue key = MapValue.object(Map.of("description", new StringValue("logs", dev.iaclint.core.source.SourceRange.startOf(file))),
        dev.iaclint.core.source.SourceRange.startOf(file));
    computed.resource(key, "aws_kms_key.logs");
    Evaluator ev = new Evaluator(Evaluator.EMPTY, diagnostics::add, computed, null, Map.of());
    Value arn = ev.getAttr(key, "arn", key.range());
    assertThat(arn).isInstanceOf(UnknownValue.class);
    assertThat(((UnknownValue) arn).reason()).isEqualTo("aws_kms_key.logs.arn is known only after apply");
    assertThat(((UnknownValue) arn).present()).as("a created resource has an ARN").isTrue();
    assertThat(((UnknownValue) ev.getAttr(key, "rotation_period_in_days", key.range())).present()).isFalse();
    assertThat(ev.getAttr(key, "description", key.range()).render()).isEqualTo("\"logs\"");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void functionsComeFromTheRegistryAndAnUnknownFunctionIsUnknownNotACrash() {
    assertThat(render("join(\"-\", [\"a\", \"b\"])")).isEqualTo("\"a-b\"");
    assertThat(render("max([3, 9, 2]...)")).isEqualTo("9");
    assertThat(render("cidrsubnet(\"10.0.0.0/16\", 8, 2)")).isEqualTo("\"10.0.2.0/24\"");
    Value v = eval("no_such_function(1)");
    assertThat(((UnknownValue) v).reason()).contains("no_such_function");
    Value p = eval("provider::aws::arn_parse(\"x\")");
    assertThat(p).isInstanceOf(UnknownValue.class);
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void aFunctionErrorIsReportedAtTheArgument() {
    assertThat(eval("cidrsubnet(\"not-a-cidr\", 8, 2)")).isInstanceOf(UnknownValue.class);
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).message()).startsWith("Error in function call cidrsubnet");
    assertThat(diagnostics.get(0).range().startColumn()).isEqualTo(12);
  }

  @Test
  void tryAndCanSwallowErrorsOfTheirArguments() {
    assertThat(render("try(var.tags.missing, \"fallback\")")).isEqualTo("\"fallback\"");
    assertThat(render("can(var.tags.missing)")).isEqualTo("false");
    assertThat(render("can(var.tags.env)")).isEqualTo("true");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void jsonencodeOfADocumentWithUnknownPartsKeepsTheDocument() {
    Value v = eval("jsonencode({Statement = [{Effect = \"Allow\", Resource = var.unset}]})");
    assertThat(v).isInstanceOf(MapValue.class);
    assertThat(((MapValue) v).firstUnknown().reason()).isEqualTo("var.unset has no value");
    assertThat(render("jsonencode({a = 1})")).isEqualTo("\"{\\\"a\\\":1}\"");
    assertThat(eval("\"policy: ${jsonencode({a = var.unset})}\"")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void collectionsAndLiteralsEvaluateToTheirValueKinds() {
    assertThat(eval("[1, \"a\"]")).isInstanceOfSatisfying(ListValue.class,
        l -> assertThat(l.kind()).isEqualTo(ListValue.Kind.TUPLE));
    assertThat(eval("true")).isInstanceOf(BoolValue.class);
    assertThat(render("{\"a.b\" = 1, c = var.region}")).isEqualTo("{a.b = 1, c = \"eu-west-1\"}");
  }
}
