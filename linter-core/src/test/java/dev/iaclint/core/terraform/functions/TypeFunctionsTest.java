package dev.iaclint.core.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeFunctionsTest extends FunctionTestSupport {

  @Test
  void primitiveConversionsFollowTheDocumentedExamples() throws Exception {
    assertThat(eval("tobool", b(true))).isEqualTo("true");
    assertThat(eval("tobool", s("true"))).isEqualTo("true");
    assertThat(eval("tobool", nul())).isEqualTo("null");
    assertError("tobool", s("no")).hasMessageContaining("only the strings \"true\" or \"false\" are allowed");
    assertError("tobool", n(1)).hasMessageContaining("cannot convert number to bool");
    assertThat(eval("tonumber", n(1))).isEqualTo("1");
    assertThat(eval("tonumber", s("1"))).isEqualTo("1");
    assertThat(eval("tonumber", s("-1.5e2"))).isEqualTo("-150");
    assertThat(eval("tonumber", nul())).isEqualTo("null");
    assertError("tonumber", s("no")).hasMessageContaining("must be a decimal representation of a number");
    assertError("tonumber", s(" 1")).hasMessageContaining("decimal representation");
    assertThat(eval("tostring", s("hello"))).isEqualTo("\"hello\"");
    assertThat(eval("tostring", n(1))).isEqualTo("\"1\"");
    assertThat(eval("tostring", b(true))).isEqualTo("\"true\"");
    assertThat(eval("tostring", nul())).isEqualTo("null");
    assertError("tostring", tuple()).hasMessageContaining("cannot convert tuple to string");
  }

  @Test
  void collectionConversionsUnifyElementTypes() throws Exception {
    assertThat(eval("tolist", strings("a", "b", "c"))).isEqualTo("list[\"a\", \"b\", \"c\"]");
    assertThat(eval("tolist", tuple(s("a"), s("b"), n(3)))).isEqualTo("list[\"a\", \"b\", \"3\"]");
    assertThat(eval("tomap", obj("a", s("foo"), "b", b(true)))).isEqualTo("map{a = \"foo\", b = \"true\"}");
    assertThat(eval("toset", strings("a", "b", "c"))).isEqualTo("set[\"a\", \"b\", \"c\"]");
    assertThat(eval("toset", tuple(s("a"), s("b"), n(3)))).isEqualTo("set[\"3\", \"a\", \"b\"]");
    assertThat(eval("toset", strings("c", "b", "b"))).isEqualTo("set[\"b\", \"c\"]");
    assertThat(eval("tolist", call("toset", strings("c", "b", "b")))).isEqualTo("list[\"b\", \"c\"]");
    assertError("tolist", tuple(n(1), b(true))).hasMessageContaining("cannot convert tuple to list of any single type");
    assertError("tomap", strings("a")).hasMessageContaining("cannot convert tuple to map of any single type");
  }

  @Test
  void sensitiveAndNonsensitivePassValuesThrough() throws Exception {
    assertThat(eval("sensitive", s("x"))).isEqualTo("\"x\"");
    assertThat(eval("nonsensitive", unknown("r"))).isEqualTo("unknown(r)");
  }

  @Test
  void typeDescribesTheValuesType() throws Exception {
    assertThat(eval("type", tuple(s("a"), obj("n", n(1))))).isEqualTo("\"tuple([string, object({n=number})])\"");
    assertThat(eval("type", call("tolist", strings("a")))).isEqualTo("\"list(string)\"");
  }
}
