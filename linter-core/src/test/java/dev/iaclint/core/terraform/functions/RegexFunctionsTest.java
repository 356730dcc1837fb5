package dev.iaclint.core.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexFunctionsTest extends FunctionTestSupport {

  @Test
  void regexReturnsTheMatchACaptureListOrANamedCaptureObject() throws Exception {
    assertThat(eval("regex", s("[a-z]+"), s("53453453.345345aaabbbccc23454"))).isEqualTo("\"aaabbbccc\"");
    assertThat(eval("regex", s("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)"), s("2019-02-01")))
        .isEqualTo("[\"2019\", \"02\", \"01\"]");
    assertThat(eval("regex", s("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?"),
        s("https://terraform.io/docs/")))
        .isEqualTo("{scheme = \"https\", authority = \"terraform.io\"}");
  }

  @Test
  void regexWithoutAMatchIsAnError() {
    assertError("regex", s("[a-z]+"), s("53453453.34534523454"))
        .hasMessageContaining("pattern did not match any part of the given string");
  }

  @Test
  void groupsThatDoNotTakePartAreNull() throws Exception {
    assertThat(eval("regex", s("(a)|(b)"), s("b"))).isEqualTo("[null, \"b\"]");
  }

  @Test
  void regexallListsEveryMatch() throws Exception {
    assertThat(eval("regexall", s("[a-z]+"), s("1234abcd5678efgh9"))).isEqualTo("list[\"abcd\", \"efgh\"]");
    assertThat(eval("length", call("regexall", s("[a-z]+"), s("123456789")))).isEqualTo("0");
    // Go skips an empty match right after a previous match.
    assertThat(eval("regexall", s("a*"), s("baaac"))).isEqualTo("list[\"\", \"aaa\", \"\"]");
  }

  @Test
  void replaceSubstitutesLiteralsOrRegexesWithGoExpansion() throws Exception {
    assertThat(eval("replace", s("1 + 2 + 3"), s("+"), s("-"))).isEqualTo("\"1 - 2 - 3\"");
    assertThat(eval("replace", s("hello world"), s("/w.*d/"), s("everybody"))).isEqualTo("\"hello everybody\"");
    assertThat(eval("replace", s("hello world"), s("/(h)(e)/"), s("$2$1"))).isEqualTo("\"ehllo world\"");
    assertThat(eval("replace", s("abc"), s("/(?P<x>b)/"), s("[${x}]"))).isEqualTo("\"a[b]c\"");
    // $1x names a group called "1x", which does not exist, as in Go.
    assertThat(eval("replace", s("abc"), s("/(b)/"), s("$1x"))).isEqualTo("\"ac\"");
    assertThat(eval("replace", s("abc"), s("/b/"), s("$$"))).isEqualTo("\"a$c\"");
    assertThat(eval("replace", s("baaac"), s("/a*/"), s("-"))).isEqualTo("\"-b-c-\"");
    // A literal replacement treats $ literally.
    assertThat(eval("replace", s("a.b"), s("."), s("$1"))).isEqualTo("\"a$1b\"");
    assertThat(eval("replace", s("/"), s("/"), s("x"))).isEqualTo("\"x\"");
  }

  @Test
  void translatesRe2DifferencesFromJava() throws Exception {
    // $ without (?m) matches only at the very end in RE2, not before a final newline.
    assertThat(eval("length", call("regexall", s("a$"), s("a\n")))).isEqualTo("0");
    assertThat(eval("length", call("regexall", s("(?m)a$"), s("a\nb")))).isEqualTo("1");
    // \s does not include vertical tab in RE2.
    assertThat(eval("length", call("regexall", s("\\s"), s("\u000b")))).isEqualTo("0");
    // [ and & are literal inside a class.
    assertThat(eval("regex", s("[[&]+"), s("x[&y"))).isEqualTo("\"[&\"");
    assertThat(eval("regex", s("[[:alpha:]]+"), s("12abc3"))).isEqualTo("\"abc\"");
    assertThat(eval("regex", s("(?i)ÄB"), s("xäb"))).isEqualTo("\"äb\"");
    assertThat(eval("regex", s("a{"), s("a{"))).isEqualTo("\"a{\"");
    assertThat(eval("regex", s("\\pL+"), s("1éa2"))).isEqualTo("\"éa\"");
    assertThat(eval("regex", s("\\p{Greek}+"), s("aαβ"))).isEqualTo("\"αβ\"");
  }

  @Test
  void rejectsWhatRe2Rejects() {
    assertError("regex", s("(a)\\1"), s("aa")).hasMessageContaining("backreferences");
    assertError("regex", s("a(?=b)"), s("ab")).hasMessageContaining("lookahead");
    assertError("regex", s("a++"), s("aa")).hasMessageContaining("nested repetition");
    assertError("regex", s("(?U)a+"), s("aa")).hasMessageContaining("ungreedy");
    assertError("regex", s("(a"), s("a")).hasMessageContaining("missing closing )");
    assertError("regex", s("(?P<x>a)(b)"), s("ab")).hasMessageContaining("named and unnamed");
    assertError("regex", s("a{1001}"), s("a")).hasMessageContaining("repeat count");
    assertError("replace", s("a"), s("/(/"), s("b"))
        .hasMessageStartingWith("Invalid value for \"substr\" parameter");
  }

  @Test
  void catastrophicBacktrackingIsAnErrorNotAHang() {
    // RE2 runs this in linear time; Java's backtracking would take minutes.
    String input = "a".repeat(40) + "!";
    assertError("regex", s("(.*a){6}!x"), s(input)).hasMessageContaining("too long to evaluate");
  }
}
