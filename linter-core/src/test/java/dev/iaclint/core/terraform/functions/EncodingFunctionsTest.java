package dev.iaclint.core.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncodingFunctionsTest extends FunctionTestSupport {

  @Test
  void base64RoundTripsUtf8() throws Exception {
    assertThat(eval("base64encode", s("Hello World"))).isEqualTo("\"SGVsbG8gV29ybGQ=\"");
    assertThat(eval("base64decode", s("SGVsbG8gV29ybGQ="))).isEqualTo("\"Hello World\"");
    assertError("base64decode", s("SGVsbG8")).hasMessageContaining("failed to decode base64 data");
    assertError("base64decode", s("/w==")).hasMessageContaining("not valid UTF-8");
  }

  @Test
  void errorsNeverQuoteTheInput() {
    assertError("base64decode", s("c2VjcmV0LXBhc3N3b3Jk!")).satisfies(e ->
        assertThat(e.getMessage()).doesNotContain("c2VjcmV0LXBhc3N3b3Jk"));
    assertError("jsondecode", s("{\"password\": hunter2}")).satisfies(e ->
        assertThat(e.getMessage()).doesNotContain("hunter2"));
    assertError("tonumber", s("hunter2")).satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void textencodebase64UsesTheNamedEncoding() throws Exception {
    assertThat(eval("textencodebase64", s("Hello World"), s("UTF-16LE")))
        .isEqualTo("\"SABlAGwAbABvACAAVwBvAHIAbABkAA==\"");
    assertThat(eval("textdecodebase64", s("SABlAGwAbABvACAAVwBvAHIAbABkAA=="), s("UTF-16LE")))
        .isEqualTo("\"Hello World\"");
    assertError("textencodebase64", s("x"), s("no-such-encoding")).hasMessageContaining("IANA");
  }

  @Test
  void urlencodeEscapesLikeGoQueryEscape() throws Exception {
    assertThat(eval("urlencode", s("Hello World!"))).isEqualTo("\"Hello+World%21\"");
    assertThat(eval("urlencode", s("☃"))).isEqualTo("\"%E2%98%83\"");
    assertThat(eval("urlencode", s("foo:bar@localhost?foo=bar&bar=baz")))
        .isEqualTo("\"foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz\"");
  }

  @Test
  void jsonencodeIsCompactSortedAndHtmlEscaped() throws Exception {
    assertThat(eval("jsonencode", obj("hello", s("world")))).isEqualTo("\"{\\\"hello\\\":\\\"world\\\"}\"");
    var out = (dev.iaclint.core.value.StringValue) call("jsonencode",
        obj("b", tuple(n(1), n("1.50"), b(true), nul()), "a", s("<a href=\"x\">&</a>\n\u2028"), "B", obj()));
    assertThat(out.value()).isEqualTo(
        "{\"B\":{},\"a\":\"\\u003ca href=\\\"x\\\"\\u003e\\u0026\\u003c/a\\u003e\\n\\u2028\",\"b\":[1,1.5,true,null]}");
    assertThat(((dev.iaclint.core.value.StringValue) call("jsonencode", n("10000000000000000000000"))).value())
        .isEqualTo("10000000000000000000000");
    assertThat(((dev.iaclint.core.value.StringValue) call("jsonencode", nul())).value()).isEqualTo("null");
  }

  @Test
  void jsonencodeOfAValueHoldingAnUnknownIsUnknown() throws Exception {
    assertThat(eval("jsonencode", obj("Statement", tuple(obj("Resource", unknown("arn after apply"))))))
        .isEqualTo("unknown(arn after apply)");
  }

  @Test
  void jsondecodeBuildsObjectsTuplesAndExactNumbers() throws Exception {
    assertThat(eval("jsondecode", s("{\"hello\": \"world\"}"))).isEqualTo("{hello = \"world\"}");
    assertThat(eval("jsondecode", s("true"))).isEqualTo("true");
    assertThat(eval("jsondecode", s("[1, 0.1, 1e3, null, {\"a\": []}]")))
        .isEqualTo("[1, 0.1, 1000, null, {a = []}]");
    assertError("jsondecode", s("{} {}")).hasMessageContaining("extraneous data");
    assertError("jsondecode", s("")).hasMessageContaining("no value");
    assertError("jsondecode", s("[".repeat(2000))).hasMessageContaining("not valid JSON");
  }

  @Test
  void csvdecodeUsesTheHeaderRowForAttributeNames() throws Exception {
    assertThat(eval("csvdecode", s("a,b,c\n1,2,3\n4,5,6")))
        .isEqualTo("list[{a = \"1\", b = \"2\", c = \"3\"}, {a = \"4\", b = \"5\", c = \"6\"}]");
    assertThat(eval("csvdecode", s("name,note\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n")))
        .isEqualTo("list[{name = \"x, y\", note = \"say \\\"hi\\\"\"}]");
    assertError("csvdecode", s("a,b\n1")).hasMessageContaining("has 1 fields, but the header has 2");
    assertError("csvdecode", s("")).hasMessageContaining("missing header line");
    assertError("csvdecode", s("a,a\n1,2")).hasMessageContaining("duplicate column name");
  }

  @Test
  void yamldecodeFollowsTheYaml12CoreSchema() throws Exception {
    assertThat(eval("yamldecode", s("hello: world"))).isEqualTo("{hello = \"world\"}");
    assertThat(eval("yamldecode", s("true"))).isEqualTo("true");
    assertThat(eval("yamldecode", s("{a: &foo [1, 2, 3], b: *foo}"))).isEqualTo("{a = [1, 2, 3], b = [1, 2, 3]}");
    assertThat(eval("yamldecode", s("a: yes\nb: on\nc: ~\nd: 0x1F\ne: 1.5e2\nf: \"true\"")))
        .isEqualTo("{a = \"yes\", b = \"on\", c = null, d = 31, e = 150, f = \"true\"}");
    assertThat(eval("yamldecode", s("base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3")))
        .isEqualTo("{base = {x = 1, y = 2}, derived = {y = 3, x = 1}}");
    assertError("yamldecode", s("{a: &foo [1, *foo, 3]}")).hasMessageContaining("YAML");
    assertError("yamldecode", s("{a: !not-supported foo}")).hasMessageContaining("unsupported YAML tag");
    assertError("yamldecode", s("a: 1\n---\nb: 2")).hasMessageContaining("more than one YAML document");
  }

  @Test
  void yamlencodeMatchesTheDocumentedOutput() throws Exception {
    assertThat(yaml(obj("a", s("b"), "c", s("d")))).isEqualTo("\"a\": \"b\"\n\"c\": \"d\"\n");
    assertThat(yaml(obj("foo", tuple(n(1), n(2), n(3)), "bar", s("baz"))))
        .isEqualTo("\"bar\": \"baz\"\n\"foo\":\n- 1\n- 2\n- 3\n");
    assertThat(yaml(obj("foo", tuple(n(1), obj("a", s("b"), "c", s("d")), n(3)), "bar", s("baz"))))
        .isEqualTo("\"bar\": \"baz\"\n\"foo\":\n- 1\n- \"a\": \"b\"\n  \"c\": \"d\"\n- 3\n");
    assertThat(yaml(obj("a", obj("b", obj()), "c", tuple(tuple(n(1), n(2))))))
        .isEqualTo("\"a\":\n  \"b\": {}\n\"c\":\n- - 1\n  - 2\n");
    assertThat(yaml(s("x"))).isEqualTo("\"x\"\n");
  }

  @Test
  void yamlencodeRoundTripsThroughYamldecode() throws Exception {
    var value = obj("list", tuple(b(false), nul()), "script", s("line one\nline two\n"), "tab", s("a\tb"));
    assertThat(show(call("yamldecode", call("yamlencode", value)))).isEqualTo(show(value));
  }

  private String yaml(dev.iaclint.core.value.Value v) throws Exception {
    return ((dev.iaclint.core.value.StringValue) call("yamlencode", v)).value();
  }
}
