package dev.iaclint.core.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumericFunctionsTest extends FunctionTestSupport {

  @Test
  void absCeilFloorSignumFollowTheDocumentedExamples() throws Exception {
    assertThat(eval("abs", n(23))).isEqualTo("23");
    assertThat(eval("abs", n(0))).isEqualTo("0");
    assertThat(eval("abs", n("-12.4"))).isEqualTo("12.4");
    assertThat(eval("ceil", n(5))).isEqualTo("5");
    assertThat(eval("ceil", n("5.1"))).isEqualTo("6");
    assertThat(eval("floor", n(5))).isEqualTo("5");
    assertThat(eval("floor", n("4.9"))).isEqualTo("4");
    assertThat(eval("floor", n("-4.1"))).isEqualTo("-5");
    assertThat(eval("signum", n(-13))).isEqualTo("-1");
    assertThat(eval("signum", n(0))).isEqualTo("0");
    assertThat(eval("signum", n(344))).isEqualTo("1");
  }

  @Test
  void logAndPowComputeInFloatingPointLikeTerraform() throws Exception {
    assertThat(eval("log", n(50), n(10))).isEqualTo("1.6989700043360185");
    assertThat(eval("log", n(16), n(2))).isEqualTo("4");
    assertThat(eval("ceil", call("log", n(15), n(2)))).isEqualTo("4");
    assertThat(eval("ceil", call("log", n(17), n(2)))).isEqualTo("5");
    assertThat(eval("pow", n(3), n(2))).isEqualTo("9");
    assertThat(eval("pow", n(4), n(0))).isEqualTo("1");
    assertThat(eval("pow", n(2), n("0.5"))).isEqualTo("1.4142135623730951");
  }

  @Test
  void logOfZeroIsUnknownRatherThanInfinite() throws Exception {
    assertThat(eval("log", n(0), n(10))).startsWith("unknown(log()");
  }

  @Test
  void maxAndMinTakeAnyNumberOfNumbersAndConvertStrings() throws Exception {
    assertThat(eval("max", n(12), n(54), n(3))).isEqualTo("54");
    assertThat(eval("min", n(12), n(54), n(3))).isEqualTo("3");
    assertThat(eval("max", s("12"), n(5))).isEqualTo("12");
    assertError("max").hasMessageContaining("at least one number");
    assertError("max", n(1), s("x")).hasMessage("Invalid value for \"numbers\" parameter: a number is required.");
  }

  @Test
  void parseintParsesEveryBaseUpTo62() throws Exception {
    assertThat(eval("parseint", s("100"), n(10))).isEqualTo("100");
    assertThat(eval("parseint", s("FF"), n(16))).isEqualTo("255");
    assertThat(eval("parseint", s("-10"), n(16))).isEqualTo("-16");
    assertThat(eval("parseint", s("1011111011101111"), n(2))).isEqualTo("48879");
    assertThat(eval("parseint", s("aA"), n(62))).isEqualTo("656");
    assertError("parseint", s("12"), n(2)).hasMessageContaining("base 2 integer");
    assertError("parseint", s("1"), n(63)).hasMessageContaining("between 2 and 62");
  }

  @Test
  void unknownArgumentGivesUnknownWithItsReason() throws Exception {
    assertThat(eval("abs", unknown("var.n has no value"))).isEqualTo("unknown(var.n has no value)");
    assertThat(eval("max", n(1), unknown("aws_instance.x.id is known only after apply")))
        .isEqualTo("unknown(aws_instance.x.id is known only after apply)");
  }

  @Test
  void nullArgumentIsAnError() {
    assertError("abs", nul()).hasMessage("Invalid value for \"num\" parameter: argument must not be null.");
  }
}
