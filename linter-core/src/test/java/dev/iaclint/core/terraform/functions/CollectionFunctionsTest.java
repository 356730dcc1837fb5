package dev.iaclint.core.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.UnknownValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectionFunctionsTest extends FunctionTestSupport {

  @Test
  void alltrueAndAnytrue() throws Exception {
    assertThat(eval("alltrue", tuple(s("true"), b(true)))).isEqualTo("true");
    assertThat(eval("alltrue", tuple(b(true), b(false)))).isEqualTo("false");
    assertThat(eval("alltrue", tuple())).isEqualTo("true");
    assertThat(eval("anytrue", tuple(s("true")))).isEqualTo("true");
    assertThat(eval("anytrue", tuple(b(true), b(false)))).isEqualTo("true");
    assertThat(eval("anytrue", tuple())).isEqualTo("false");
  }

  @Test
  void alltrueIsUnknownOnlyWhenNoKnownElementDecidesIt() throws Exception {
    assertThat(eval("alltrue", tuple(unknown("r"), b(false)))).isEqualTo("false");
    assertThat(eval("alltrue", tuple(unknown("r"), b(true)))).isEqualTo("unknown(r)");
    assertThat(eval("anytrue", tuple(unknown("r"), b(true)))).isEqualTo("true");
    assertThat(eval("anytrue", tuple(unknown("r"), b(false)))).isEqualTo("unknown(r)");
  }

  @Test
  void chunklistSplitsIntoFixedSizeChunks() throws Exception {
    assertThat(eval("chunklist", strings("a", "b", "c", "d", "e"), n(2)))
        .isEqualTo("list[list[\"a\", \"b\"], list[\"c\", \"d\"], list[\"e\"]]");
    assertThat(eval("chunklist", strings("a", "b"), n(0))).isEqualTo("list[list[\"a\", \"b\"]]");
    assertError("chunklist", strings("a"), n(-1)).hasMessageContaining("must be positive");
  }

  @Test
  void coalesceSkipsNullsAndEmptyStringsAfterUnifyingTypes() throws Exception {
    assertThat(eval("coalesce", s("a"), s("b"))).isEqualTo("\"a\"");
    assertThat(eval("coalesce", s(""), s("b"))).isEqualTo("\"b\"");
    assertThat(eval("coalesce", n(1), n(2))).isEqualTo("1");
    assertThat(eval("coalesce", n(1), s("hello"))).isEqualTo("\"1\"");
    assertThat(eval("coalesce", b(true), s("hello"))).isEqualTo("\"true\"");
    assertThat(eval("coalesce", nul(), s("x"))).isEqualTo("\"x\"");
    assertError("coalesce", obj(), s("hello")).hasMessageContaining("same type");
    assertError("coalesce", nul(), s("")).hasMessageContaining("no non-null, non-empty-string arguments");
  }

  @Test
  void coalesceIsUnknownWhenAnUnknownComesBeforeTheFirstUsableValue() throws Exception {
    assertThat(eval("coalesce", unknown("r"), s("x"))).isEqualTo("unknown(r)");
    assertThat(eval("coalesce", s("x"), unknown("r"))).isEqualTo("\"x\"");
  }

  @Test
  void coalescelistReturnsTheFirstNonEmptyList() throws Exception {
    assertThat(eval("coalescelist", strings("a", "b"), strings("c", "d"))).isEqualTo("[\"a\", \"b\"]");
    assertThat(eval("coalescelist", tuple(), strings("c", "d"))).isEqualTo("[\"c\", \"d\"]");
    assertError("coalescelist", tuple(), tuple()).hasMessageContaining("no non-null arguments");
  }

  @Test
  void compactRemovesEmptyStringsAndNulls() throws Exception {
    assertThat(eval("compact", tuple(s("a"), s(""), s("b"), nul(), s("c"))))
        .isEqualTo("list[\"a\", \"b\", \"c\"]");
  }

  @Test
  void compactKeepsAnUnknownStringKnownNotToBeEmpty() throws Exception {
    // compact([cond ? data.aws_iam_policy_document.x.json : ""]) where the document holds an ARN
    // known only after apply: the list keeps its shape, so the documents can still be merged.
    UnknownValue document = new UnknownValue("r", FunctionTestSupport.ARG, Origin.NONE, false, "{\"Resource\":\"" + UnknownValue.HOLE + "\"}");
    assertThat(eval("compact", tuple(document, s(""), s("b")))).isEqualTo("list[unknown(r), \"b\"]");
    UnknownValue present = new UnknownValue("r", FunctionTestSupport.ARG, Origin.NONE, true);
    assertThat(eval("compact", tuple(present))).isEqualTo("list[unknown(r)]");
    // A wholly unknown string may be empty: the list cannot be known.
    assertThat(eval("compact", tuple(unknown("r"), s("b")))).isEqualTo("unknown(r)");
  }

  @Test
  void concatKeepsUnknownElements() throws Exception {
    assertThat(eval("concat", strings("a", ""), strings("b", "c"))).isEqualTo("[\"a\", \"\", \"b\", \"c\"]");
    assertThat(eval("concat", list(s("a")), list(s("b")))).isEqualTo("list[\"a\", \"b\"]");
    assertThat(eval("concat", strings("a"), tuple(unknown("r")))).isEqualTo("[\"a\", unknown(r)]");
    assertThat(eval("concat", strings("a"), unknown("r"))).isEqualTo("unknown(r)");
    assertError("concat", strings("a"), set(s("b"))).hasMessageContaining("lists or tuples");
  }

  @Test
  void containsIsUnknownOnlyWhenTheValueIsNotFoundAmongKnownElements() throws Exception {
    assertThat(eval("contains", strings("a", "b", "c"), s("a"))).isEqualTo("true");
    assertThat(eval("contains", strings("a", "b", "c"), s("d"))).isEqualTo("false");
    assertThat(eval("contains", tuple(unknown("r"), s("a")), s("a"))).isEqualTo("true");
    assertThat(eval("contains", tuple(unknown("r"), s("a")), s("d"))).isEqualTo("unknown(r)");
    assertThat(eval("contains", strings("1"), n(1))).isEqualTo("false");
    assertThat(eval("contains", set(s("x"), s("y")), s("y"))).isEqualTo("true");
    assertError("contains", obj("a", s("a")), s("a")).hasMessageContaining("list, tuple, or set");
  }

  @Test
  void distinctElementIndexFlatten() throws Exception {
    assertThat(eval("distinct", strings("a", "b", "a", "c", "d", "b"))).isEqualTo("list[\"a\", \"b\", \"c\", \"d\"]");
    assertThat(eval("element", strings("a", "b", "c"), n(1))).isEqualTo("\"b\"");
    assertThat(eval("element", strings("a", "b", "c"), n(3))).isEqualTo("\"a\"");
    assertError("element", tuple(), n(0)).hasMessageContaining("empty list");
    assertError("element", strings("a"), n(-1)).hasMessageContaining("negative index");
    assertThat(eval("index", strings("a", "b", "c"), s("b"))).isEqualTo("1");
    assertError("index", strings("a"), s("z")).hasMessageContaining("item not found");
    assertThat(eval("flatten", tuple(strings("a", "b"), tuple(), strings("c")))).isEqualTo("[\"a\", \"b\", \"c\"]");
    assertThat(eval("flatten", tuple(tuple(strings("a", "b"), tuple()), strings("c"))))
        .isEqualTo("[\"a\", \"b\", \"c\"]");
    assertThat(eval("flatten", tuple(strings("a"), tuple(unknown("r"))))).isEqualTo("unknown(r)");
  }

  @Test
  void keysAndValuesAreInLexicalKeyOrder() throws Exception {
    assertThat(eval("keys", obj("d", n(3), "a", n(1), "c", n(2)))).isEqualTo("[\"a\", \"c\", \"d\"]");
    assertThat(eval("values", obj("d", n(1), "a", n(3), "c", n(2)))).isEqualTo("[3, 2, 1]");
    assertThat(eval("keys", map("b", s("x"), "a", s("y")))).isEqualTo("list[\"a\", \"b\"]");
    assertThat(eval("values", obj("a", unknown("r")))).isEqualTo("[unknown(r)]");
  }

  @Test
  void lengthCountsElementsEvenWhenTheyAreUnknown() throws Exception {
    assertThat(eval("length", tuple())).isEqualTo("0");
    assertThat(eval("length", strings("a", "b"))).isEqualTo("2");
    assertThat(eval("length", obj("a", s("b")))).isEqualTo("1");
    assertThat(eval("length", s("hello"))).isEqualTo("5");
    assertThat(eval("length", s("👾🕹️"))).isEqualTo("2");
    assertThat(eval("length", tuple(s("a"), unknown("r")))).isEqualTo("2");
    assertThat(eval("length", set(s("a"), unknown("r")))).isEqualTo("unknown(r)");
    assertThat(eval("length", unknown("r"))).isEqualTo("unknown(r)");
    assertError("length", n(5)).hasMessageContaining("a string, a collection type, or a structural type");
  }

  @Test
  void lookupReturnsTheMemberOrTheDefault() throws Exception {
    MapValue m = obj("a", s("ay"), "b", s("bee"));
    assertThat(eval("lookup", m, s("a"), s("what?"))).isEqualTo("\"ay\"");
    assertThat(eval("lookup", m, s("c"), s("what?"))).isEqualTo("\"what?\"");
    assertError("lookup", m, s("c")).hasMessageContaining("lookup failed to find");
    assertThat(eval("lookup", obj("a", unknown("r")), s("a"), s("x"))).isEqualTo("unknown(r)");
    assertThat(eval("lookup", map("a", s("x")), s("b"), n(1))).isEqualTo("\"1\"");
  }

  @Test
  void matchkeysFiltersValuesByKeys() throws Exception {
    assertThat(eval("matchkeys", strings("i-123", "i-abc", "i-def"), strings("us-west", "us-east", "us-east"),
        strings("us-east"))).isEqualTo("list[\"i-abc\", \"i-def\"]");
    assertError("matchkeys", strings("a"), strings("a", "b"), strings("a")).hasMessageContaining("should be equal");
  }

  @Test
  void mergeLetsLaterArgumentsWinAndKeepsMemberRanges() throws Exception {
    assertThat(eval("merge", obj("a", s("b"), "c", s("d")), obj("e", s("f"), "c", s("z"))))
        .isEqualTo("{a = \"b\", c = \"z\", e = \"f\"}");
    assertThat(eval("merge", obj("a", s("b")), obj("a", tuple(n(1), n(2)), "c", s("z")), obj("d", n(3))))
        .isEqualTo("{a = [1, 2], c = \"z\", d = 3}");
    assertThat(eval("merge", map("a", s("x")), map("b", s("y")))).isEqualTo("map{a = \"x\", b = \"y\"}");
    assertThat(eval("merge", nul(), obj("a", s("x")))).isEqualTo("{a = \"x\"}");
    assertThat(eval("merge", obj("a", s("x")), unknown("r"))).isEqualTo("unknown(r)");
    assertError("merge", obj(), strings("a")).hasMessageContaining("maps or objects");

    SourceRange member = new SourceRange(FILE, 1, 1, 1, 8, 0, 7);
    MapValue written = new MapValue(Map.of("enabled", b(false)), Map.of("enabled", member), MapValue.Kind.OBJECT,
        ARG, dev.iaclint.core.value.Origin.NONE);
    MapValue merged = (MapValue) call("merge", obj("x", n(1)), written);
    assertThat(merged.memberRange("enabled")).isEqualTo(member);
  }

  @Test
  void oneReturnsNullTheElementOrAnError() throws Exception {
    assertThat(eval("one", tuple())).isEqualTo("null");
    assertThat(eval("one", strings("hello"))).isEqualTo("\"hello\"");
    assertThat(eval("one", set())).isEqualTo("null");
    assertError("one", strings("hello", "goodbye")).hasMessageContaining("either zero or one elements");
  }

  @Test
  void rangeFollowsTheDocumentedExamples() throws Exception {
    assertThat(eval("range", n(3))).isEqualTo("list[0, 1, 2]");
    assertThat(eval("range", n(1), n(4))).isEqualTo("list[1, 2, 3]");
    assertThat(eval("range", n(1), n(8), n(2))).isEqualTo("list[1, 3, 5, 7]");
    assertThat(eval("range", n(1), n(4), n("0.5"))).isEqualTo("list[1, 1.5, 2, 2.5, 3, 3.5]");
    assertThat(eval("range", n(4), n(1))).isEqualTo("list[4, 3, 2]");
    assertThat(eval("range", n(10), n(5), n(-2))).isEqualTo("list[10, 8, 6]");
    assertThat(eval("range", n(-3))).isEqualTo("list[0, -1, -2]");
    assertThat(eval("range", n(1), n(4), n(-1))).isEqualTo("list[]");
    assertError("range", n(0), n(2000)).hasMessageContaining("more than 1024 values");
    assertError("range", n(0), n(5), n(0)).hasMessageContaining("step must not be zero");
  }

  @Test
  void reverseSliceSortSum() throws Exception {
    assertThat(eval("reverse", tuple(n(1), n(2), n(3)))).isEqualTo("[3, 2, 1]");
    assertError("reverse", set(n(1))).hasMessageContaining("can only reverse list or tuple values");
    assertThat(eval("slice", strings("a", "b", "c", "d"), n(1), n(3))).isEqualTo("[\"b\", \"c\"]");
    assertError("slice", strings("a"), n(0), n(2)).hasMessageContaining("greater than the length");
    assertError("slice", strings("a", "b"), n(2), n(1)).hasMessageContaining("start index must not be greater");
    assertThat(eval("sort", strings("e", "d", "a", "x"))).isEqualTo("list[\"a\", \"d\", \"e\", \"x\"]");
    assertThat(eval("sort", tuple(n(10), n(9)))).isEqualTo("list[\"10\", \"9\"]");
    assertThat(eval("sum", tuple(n(10), n(13), n(6), n("4.5")))).isEqualTo("33.5");
    assertError("sum", tuple()).hasMessageContaining("cannot sum an empty list");
  }

  @Test
  void setFunctionsDeduplicateAndOrderLexically() throws Exception {
    assertThat(eval("setintersection", strings("a", "b"), strings("b", "c"), strings("b", "d"))).isEqualTo("set[\"b\"]");
    assertThat(eval("setsubtract", strings("a", "b", "c"), strings("a", "c"))).isEqualTo("set[\"b\"]");
    assertThat(eval("setunion", strings("a", "b"), strings("b", "c"), strings("d")))
        .isEqualTo("set[\"a\", \"b\", \"c\", \"d\"]");
    assertThat(eval("setunion", strings("a"), tuple(unknown("r")))).isEqualTo("unknown(r)");
  }

  @Test
  void setproductOfListsIsAListOfTuples() throws Exception {
    assertThat(eval("setproduct", strings("development", "staging", "production"), strings("app1", "app2")))
        .isEqualTo("list[[\"development\", \"app1\"], [\"development\", \"app2\"], [\"staging\", \"app1\"], "
            + "[\"staging\", \"app2\"], [\"production\", \"app1\"], [\"production\", \"app2\"]]");
    assertThat(eval("setproduct", set(s("a")), strings("b"))).isEqualTo("set[[\"a\", \"b\"]]");
    assertThat(eval("setproduct", strings("a"), tuple())).isEqualTo("list[]");
    assertError("setproduct", strings("a")).hasMessageContaining("at least two arguments");
  }

  @Test
  void transposeAndZipmap() throws Exception {
    assertThat(eval("transpose", obj("a", strings("1", "2"), "b", strings("2", "3"))))
        .isEqualTo("map{1 = list[\"a\"], 2 = list[\"a\", \"b\"], 3 = list[\"b\"]}");
    assertThat(eval("zipmap", strings("a", "b"), tuple(n(1), n(2)))).isEqualTo("{a = 1, b = 2}");
    assertThat(eval("zipmap", strings("a", "b"), list(n(1), n(2)))).isEqualTo("map{a = 1, b = 2}");
    assertError("zipmap", strings("a"), tuple()).hasMessageContaining("number of keys (1) does not match number of values (0)");
  }
}
