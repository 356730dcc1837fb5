package dev.iaclint.core.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringFunctionsTest extends FunctionTestSupport {

  @Test
  void chompRemovesAllTrailingNewlines() throws Exception {
    assertThat(eval("chomp", s("hello\n"))).isEqualTo("\"hello\"");
    assertThat(eval("chomp", s("hello\r\n"))).isEqualTo("\"hello\"");
    assertThat(eval("chomp", s("hello\n\n"))).isEqualTo("\"hello\"");
    assertThat(eval("chomp", s("a\nb"))).isEqualTo("\"a\\nb\"");
  }

  @Test
  void prefixSuffixAndContainmentTests() throws Exception {
    assertThat(eval("endswith", s("hello world"), s("world"))).isEqualTo("true");
    assertThat(eval("endswith", s("hello world"), s("hello"))).isEqualTo("false");
    assertThat(eval("startswith", s("hello world"), s("hello"))).isEqualTo("true");
    assertThat(eval("startswith", s("hello world"), s("world"))).isEqualTo("false");
    assertThat(eval("strcontains", s("hello world"), s("wor"))).isEqualTo("true");
    assertThat(eval("strcontains", s("hello world"), s("wod"))).isEqualTo("false");
  }

  @Test
  void indentAddsSpacesAfterEveryNewline() throws Exception {
    assertThat(eval("indent", n(2), s("[\n  foo,\n  bar,\n]\n")))
        .isEqualTo("\"[\\n    foo,\\n    bar,\\n  ]\\n  \"");
  }

  @Test
  void joinConcatenatesOneOrMoreLists() throws Exception {
    assertThat(eval("join", s(", "), strings("foo", "bar", "baz"))).isEqualTo("\"foo, bar, baz\"");
    assertThat(eval("join", s(", "), strings("foo"))).isEqualTo("\"foo\"");
    assertThat(eval("join", s("-"), strings("a"), tuple(s("b"), n(1)))).isEqualTo("\"a-b-1\"");
    assertError("join", s(","), tuple(s("a"), nul())).hasMessageContaining("null");
    assertError("join", s(",")).hasMessageContaining("at least one list");
    assertThat(eval("join", s(","), tuple(s("a"), unknown("r")))).isEqualTo("unknown(r)");
  }

  @Test
  void lowerUpperAndTitleMapEachCharacter() throws Exception {
    assertThat(eval("lower", s("HELLO"))).isEqualTo("\"hello\"");
    assertThat(eval("lower", s("АЛЛО!"))).isEqualTo("\"алло!\"");
    assertThat(eval("upper", s("hello"))).isEqualTo("\"HELLO\"");
    assertThat(eval("upper", s("алло!"))).isEqualTo("\"АЛЛО!\"");
    // Go maps one code point at a time: no "SS" for ß.
    assertThat(eval("upper", s("ß"))).isEqualTo("\"ß\"");
    assertThat(eval("title", s("hello world"))).isEqualTo("\"Hello World\"");
    assertThat(eval("title", s("hello-world foo_bar"))).isEqualTo("\"Hello-World Foo_bar\"");
  }

  @Test
  void splitFollowsGoSemantics() throws Exception {
    assertThat(eval("split", s(","), s("foo"))).isEqualTo("list[\"foo\"]");
    assertThat(eval("split", s(","), s("foo,bar,baz"))).isEqualTo("list[\"foo\", \"bar\", \"baz\"]");
    assertThat(eval("split", s(","), s(""))).isEqualTo("list[\"\"]");
    assertThat(eval("split", s(""), s("ab"))).isEqualTo("list[\"a\", \"b\"]");
  }

  @Test
  void strrevAndSubstrCountGraphemeClusters() throws Exception {
    assertThat(eval("strrev", s("hello"))).isEqualTo("\"olleh\"");
    assertThat(eval("strrev", s("a ☃"))).isEqualTo("\"☃ a\"");
    assertThat(eval("substr", s("hello world"), n(1), n(4))).isEqualTo("\"ello\"");
    assertThat(eval("substr", s("🤔🤷"), n(0), n(1))).isEqualTo("\"🤔\"");
    assertThat(eval("substr", s("hello world"), n(-5), n(-1))).isEqualTo("\"world\"");
    assertThat(eval("substr", s("hello world"), n(6), n(10))).isEqualTo("\"world\"");
    assertThat(eval("substr", s("hello"), n(10), n(2))).isEqualTo("\"\"");
    assertThat(eval("substr", s("hello"), n(1), n(0))).isEqualTo("\"\"");
  }

  @Test
  void trimFunctionsFollowTheDocumentedExamples() throws Exception {
    assertThat(eval("trim", s("?!hello?!"), s("!?"))).isEqualTo("\"hello\"");
    assertThat(eval("trim", s("foobar"), s("far"))).isEqualTo("\"oob\"");
    assertThat(eval("trim", s("   hello! world.!  "), s("! "))).isEqualTo("\"hello! world.\"");
    assertThat(eval("trimprefix", s("helloworld"), s("hello"))).isEqualTo("\"world\"");
    assertThat(eval("trimprefix", s("helloworld"), s("cat"))).isEqualTo("\"helloworld\"");
    assertThat(eval("trimsuffix", s("helloworld"), s("world"))).isEqualTo("\"hello\"");
    assertThat(eval("trimspace", s("  hello\n\n"))).isEqualTo("\"hello\"");
    assertThat(eval("trimspace", s("\u00a0x\u3000"))).isEqualTo("\"x\"");
  }

  @Test
  void numbersAndBoolsConvertToStringArguments() throws Exception {
    assertThat(eval("upper", b(true))).isEqualTo("\"TRUE\"");
    assertThat(eval("lower", n("1.50"))).isEqualTo("\"1.5\"");
    assertError("upper", strings("a")).hasMessage("Invalid value for \"str\" parameter: string required.");
  }

  @Test
  void arityErrorsNameTheMissingParameter() {
    assertError("substr", s("a"), n(1))
        .hasMessageContaining("Not enough function arguments")
        .hasMessageContaining("\"length\"");
    assertError("upper", s("a"), s("b")).hasMessageContaining("Too many function arguments");
  }

  @Test
  void resultKeepsTheOriginOfItsOnlyArgumentWithOne() throws Exception {
    var origin = dev.iaclint.core.value.Origin.of(new dev.iaclint.core.value.Origin.Step(
        dev.iaclint.core.value.Origin.Kind.TFVARS_FILE, "name", ARG));
    var result = call("upper", s("x").withOrigin(origin));
    assertThat(result.origin()).isEqualTo(origin);
    assertThat(result.range()).isEqualTo(CALL);
  }
}
