package dev.iaclint.core.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatFunctionsTest extends FunctionTestSupport {

  @Test
  void formatsTheDocumentedExamples() throws Exception {
    assertThat(eval("format", s("Hello, %s!"), s("Ander"))).isEqualTo("\"Hello, Ander!\"");
    assertThat(eval("format", s("There are %d lights"), n(4))).isEqualTo("\"There are 4 lights\"");
    assertThat(eval("format", s("%-5s|%5s|"), s("ab"), s("cd"))).isEqualTo("\"ab   |   cd|\"");
    assertThat(eval("format", s("%03d %+d %x %X %o %b"), n(7), n(5), n(255), n(255), n(8), n(5)))
        .isEqualTo("\"007 +5 ff FF 10 101\"");
  }

  @Test
  void formatsFloatsLikeGo() throws Exception {
    assertThat(eval("format", s("%f"), n("3.14159"))).isEqualTo("\"3.141590\"");
    assertThat(eval("format", s("%.2f"), n("3.14159"))).isEqualTo("\"3.14\"");
    assertThat(eval("format", s("%e"), n("1234.5678"))).isEqualTo("\"1.234568e+03\"");
    assertThat(eval("format", s("%g"), n("1234.5678"))).isEqualTo("\"1234.5678\"");
    assertThat(eval("format", s("%g"), n("12345678"))).isEqualTo("\"1.2345678e+07\"");
    assertThat(eval("format", s("%g"), n("0.00001"))).isEqualTo("\"1e-05\"");
  }

  @Test
  void formatsAnyValueWithV() throws Exception {
    assertThat(eval("format", s("%v %v %v"), s("a"), n(1), b(true))).isEqualTo("\"a 1 true\"");
    assertThat(eval("format", s("%v"), obj("b", n(1), "a", strings("x")))).isEqualTo("\"{\\\"a\\\":[\\\"x\\\"],\\\"b\\\":1}\"");
    assertThat(eval("format", s("%#v"), s("a"))).isEqualTo("\"\\\"a\\\"\"");
    assertThat(eval("format", s("%q"), s("a\"b"))).isEqualTo("\"\\\"a\\\\\\\"b\\\"\"");
    assertThat(eval("format", s("%v"), nul())).isEqualTo("\"null\"");
  }

  @Test
  void explicitIndexesAndPercentLiterals() throws Exception {
    assertThat(eval("format", s("%[2]s %[1]s %%"), s("a"), s("b"))).isEqualTo("\"b a %\"");
    assertThat(eval("format", s("%.3s"), s("abcdef"))).isEqualTo("\"abc\"");
  }

  @Test
  void rejectsMissingExtraAndMistypedArguments() {
    assertError("format", s("%s %s"), s("a")).hasMessageContaining("not enough arguments");
    assertError("format", s("%s"), s("a"), s("b")).hasMessageContaining("too many arguments; only 1 used");
    assertError("format", s("plain"), s("b")).hasMessageContaining("no verbs in format string");
    assertError("format", s("%d"), s("abc")).hasMessageContaining("a number is required");
    assertError("format", s("%d"), n("1.5")).hasMessageContaining("an integer is required");
    assertError("format", s("%s"), strings("a")).hasMessageContaining("string required");
    assertError("format", s("%s"), nul()).hasMessageContaining("null");
    assertError("format", s("%z"), s("a")).hasMessageContaining("unrecognized format verb");
  }

  @Test
  void unknownArgumentMakesTheResultUnknown() throws Exception {
    assertThat(eval("format", s("%s-%s"), s("a"), unknown("var.env has no value")))
        .isEqualTo("unknown(var.env has no value)");
  }

  @Test
  void formatlistIteratesOverListsAndRepeatsScalars() throws Exception {
    assertThat(eval("formatlist", s("Hello, %s!"), strings("Valentina", "Ander", "Olivia", "Sam")))
        .isEqualTo("list[\"Hello, Valentina!\", \"Hello, Ander!\", \"Hello, Olivia!\", \"Hello, Sam!\"]");
    assertThat(eval("formatlist", s("%s, %s!"), s("Salutations"), strings("Valentina", "Ander")))
        .isEqualTo("list[\"Salutations, Valentina!\", \"Salutations, Ander!\"]");
    assertThat(eval("formatlist", s("%s"), s("one"))).isEqualTo("list[\"one\"]");
  }

  @Test
  void formatlistKeepsUnknownElementsAndRejectsMismatchedLengths() throws Exception {
    assertThat(eval("formatlist", s("x-%s"), tuple(s("a"), unknown("r"))))
        .isEqualTo("list[\"x-a\", unknown(r)]");
    assertThat(eval("formatlist", s("x-%s"), unknown("whole list"))).isEqualTo("unknown(whole list)");
    assertError("formatlist", s("%s%s"), strings("a", "b"), strings("c"))
        .hasMessageContaining("inconsistent with argument 1 of length 2");
  }
}
