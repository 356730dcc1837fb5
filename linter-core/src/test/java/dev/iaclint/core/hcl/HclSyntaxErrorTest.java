package dev.iaclint.core.hcl;

import static dev.iaclint.core.hcl.Hcl.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.hcl.ast.BinaryOpExpr;
import dev.iaclint.core.hcl.ast.InvalidExpr;
import dev.iaclint.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HclSyntaxErrorTest {

  /** Words from ANTLR that must never reach a user. */
  private static final Pattern ANTLR_ISMS = Pattern.compile(
      "<EOF>|T__\\d|mismatched input|extraneous input|no viable alternative|missing '|"
          + "token recognition|LBRACE|RBRACE|LPAREN|RPAREN|LBRACK|RBRACK|OQUOTE|CQUOTE|IDENT\\b|"
          + "NEWLINE|NUMBER\\b|HEREDOC_|QUOTED_LITERAL|TEMPLATE_|STRIP_RBRACE|ELLIPSIS|DOUBLE_COLON");

  private static List<String> errors(String text) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : parse(text).diagnostics()) {
      out.add(d.format());
    }
    return out;
  }

  private static String firstError(String text) {
    List<String> e = errors(text);
    assertThat(e).as("errors for %s", text).isNotEmpty();
    return e.get(0);
  }

  @Test
  void missingEqualsAfterAttributeName() {
    assertThat(firstError("bucket \n")).isEqualTo(
        "main.tf:1:8: expected '=' or a block body after 'bucket', found end of line");
    assertThat(firstError("acl \"private\"\n")).isEqualTo(
        "main.tf:1:14: expected '{' to open the body of block 'acl', found end of line");
  }

  @Test
  void missingValueAfterEquals() {
    assertThat(firstError("a =\nb = 1\n")).isEqualTo(
        "main.tf:1:4: expected a value after '=' for 'a', found end of line");
  }

  @Test
  void unterminatedStringPointsAtItsOpeningQuote() {
    assertThat(errors("a = \"abc\nb = 1\n")).containsExactly(
        "main.tf:1:5: unterminated string; a quoted string must end on the line it starts");
  }

  @Test
  void unterminatedStringAtEndOfFile() {
    assertThat(errors("a = \"abc")).containsExactly(
        "main.tf:1:5: unterminated string; a quoted string must end on the line it starts");
  }

  @Test
  void unclosedHeredocNamesItsMarkerAndLine() {
    assertThat(errors("a = 1\n\nb = <<EOT\nhello\nEOT \n")).containsExactly(
        "main.tf:3:5: unclosed heredoc <<EOT started at line 3; the closing EOT must be alone on its line");
  }

  @Test
  void unclosedBraceReportsWhereItWasOpened() {
    assertThat(errors("a = 1\n\nresource \"x\" \"y\" {\n  b = 2\n")).containsExactly(
        "main.tf:3:18: unclosed '{' opened at line 3");
  }

  @Test
  void unclosedBracketAndParenthesis() {
    assertThat(errors("a = [1,\n 2\n")).containsExactly("main.tf:1:5: unclosed '[' opened at line 1");
    assertThat(errors("a = foo(1,\n 2\n")).containsExactly("main.tf:1:8: unclosed '(' opened at line 1");
  }

  @Test
  void strayClosingTokens() {
    assertThat(firstError("a = foo(1))\n")).isEqualTo("main.tf:1:11: unexpected ')'");
    assertThat(firstError("a = 1\n}\n")).isEqualTo("main.tf:2:1: unexpected '}'");
    assertThat(firstError("a = [1]]\n")).isEqualTo("main.tf:1:8: unexpected ']'");
  }

  @Test
  void invalidEscapeSequencePointsAtTheBackslash() {
    assertThat(errors("a = \"x\\qy\"\n")).containsExactly(
        "main.tf:1:7: invalid escape sequence \\q; use \\\\ for a literal backslash");
    assertThat(firstError("a = \"\\u12\"\n")).isEqualTo("main.tf:1:6: invalid escape sequence \\u12:"
        + " \\u must be followed by four hexadecimal digits of a Unicode character");
  }

  @Test
  void twoAttributesOnOneLine() {
    assertThat(errors("a = \"a value\", b = \"b value\"\n")).containsExactly(
        "main.tf:1:14: unexpected ',' after the value of 'a'; each attribute must end at the end of its line");
  }

  @Test
  void somethingAfterABlockOnTheSameLine() {
    assertThat(firstError("a {} b {}\n")).isEqualTo(
        "main.tf:1:6: unexpected 'b' after the closing '}' of block 'a'; a block must end at the end of its line");
  }

  @Test
  void unterminatedBlockComment() {
    assertThat(errors("a = 1\n/* open\n b = 2\n")).containsExactly(
        "main.tf:2:1: unterminated comment; close it with */");
    assertThat(errors("a = 1 /* closed */\n/* and ** closed **/\n")).isEmpty();
  }

  @Test
  void invalidCharacterAndSingleQuotes() {
    assertThat(firstError("a = x @ y\n")).isEqualTo("main.tf:1:7: invalid character '@'");
    assertThat(firstError("a = 'x'\n")).isEqualTo("main.tf:1:5: invalid character \"'\"; strings use double quotes");
  }

  @Test
  void missingSeparatorInObject() {
    assertThat(firstError("a = {x = 1 y = 2}\n")).isEqualTo(
        "main.tf:1:12: unexpected 'y'; expected a newline, ',' or '}'");
  }

  @Test
  void errorsInsideExpressionsSayWhatWasExpected() {
    assertThat(firstError("a = [for x in y]\n")).isEqualTo("main.tf:1:16: unexpected ']'; expected ':'");
    assertThat(firstError("a = { b 1 }\n")).isEqualTo("main.tf:1:9: unexpected '1'; expected '=' or ':'");
    assertThat(firstError("a = [1 2]\n")).isEqualTo("main.tf:1:8: unexpected '2'; expected ',' or ']'");
    assertThat(firstError("a = x ? y\n")).isEqualTo("main.tf:1:10: unexpected end of line; expected ':'");
    assertThat(firstError("a = x.\n")).isEqualTo("main.tf:1:7: expected an attribute name after '.', found end of line");
  }

  @Test
  void unclosedTemplateIf() {
    assertThat(firstError("a = \"%{ if x }y\"\n")).isEqualTo(
        "main.tf:1:16: missing %{ endif } for the %{ if } at line 1, found end of string");
  }

  @Test
  void attributeDefinedTwice() {
    assertThat(errors("a = 1\nb {\n}\na = 2\n")).containsExactly(
        "main.tf:4:1: attribute 'a' is already defined at line 1");
  }

  @Test
  void blockLabelsCannotBeTemplates() {
    assertThat(errors("a \"${x}\" {\n}\n")).containsExactly(
        "main.tf:1:3: a block label must be a plain string, without ${ } or %{ }");
  }

  @Test
  void singleLineBlockRules() {
    assertThat(errors("a { b = 1\n}\n")).containsExactly("main.tf:1:10: the closing '}' of a single-line"
        + " block must be on the same line; start the block's content on a new line after '{'");
    assertThat(errors("a { d {} }\n")).containsExactly(
        "main.tf:1:5: a single-line block cannot contain another block; put 'd' on its own line");
  }

  @Test
  void forIsAKeywordAtTheStartOfATuple() {
    assertThat(errors("a = [for, b]\n")).containsExactly(
        "main.tf:1:6: 'for' here starts a for expression; write (for) for a variable named 'for'");
    assertThat(errors("a = {for = 1, b = 2}\n")).isNotEmpty();
    assertThat(errors("a = [(for), b]\n")).isEmpty();
    assertThat(errors("a = {b = 2, for = 1}\n")).isEmpty();
    assertThat(errors("a = {\"for\" = 1}\n")).isEmpty();
  }

  @Test
  void newlineEndsAnExpressionOutsideBrackets() {
    assertThat(firstError("a = 1 +\n  2\n")).isEqualTo("main.tf:1:8: expected an expression after '+', found end of line");
    assertThat(errors("a = (1 +\n  2)\n")).isEmpty();
  }

  @Test
  void partialTreeSurvivesAnError() {
    HclParseResult r = parse("a = 1 +\nb = 2\nc {\n  d = 3\n}\n");
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.diagnostics()).extracting(Diagnostic::format).containsExactly(
        "main.tf:1:8: expected an expression after '+', found end of line");
    BinaryOpExpr a = (BinaryOpExpr) r.file().body().attribute("a").orElseThrow().expression();
    assertThat(a.rhs()).isInstanceOf(InvalidExpr.class);
    assertThat(r.file().body().attribute("b")).isPresent();
    assertThat(r.file().body().blocks("c")).hasSize(1);
  }

  @Test
  void recoversAtTheNextLineAfterAnError() {
    HclParseResult r = parse("a = 1 2 3\nb = 2\nc {\n  d = 3 4\n  e = 5\n}\nf = 6\n");
    assertThat(r.diagnostics()).hasSize(2);
    assertThat(r.file().body().attributes()).extracting(a -> a.name()).containsExactly("a", "b", "f");
    assertThat(r.file().body().blocks("c").get(0).body().attributes()).extracting(a -> a.name())
        .containsExactly("d", "e");
  }

  @Test
  void reportsOnlyAFewErrorsPerFile() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      sb.append("a").append(i).append(" = = 1\n");
    }
    assertThat(parse(sb.toString()).diagnostics()).hasSizeLessThanOrEqualTo(HclParser.MAX_DIAGNOSTICS);
  }

  @Test
  void noPrefixOfARealisticFileThrowsOrLeaksParserJargon() {
    String full = String.join("\n",
        "# comment",
        "resource \"aws_s3_bucket\" \"b\" {",
        "  bucket = \"x-${var.env ? \"a\" : \"b\"}\"",
        "  tags   = merge(var.tags, { Name = \"n\", \"k\": [1, 2.5e3] })",
        "  list   = [for k, v in var.m : v.id if v != null]",
        "  obj    = { for k, v in var.m : k => v... }",
        "  ids    = aws_instance.web[*].id",
        "  old    = aws_instance.web.*.id[0]",
        "  legacy = var.l.0",
        "  fn     = provider::aws::arn_parse(var.arn).account",
        "  doc    = <<-EOT",
        "    {\"a\": \"${var.a}\"%{ if var.b }, \"b\": 1%{ endif }}",
        "  EOT",
        "  dyn { x = -1 }",
        "  /* block */ neg = !true && (1 + 2) * 3 % 4 >= 5",
        "}",
        "");
    assertThat(parse(full).diagnostics()).isEmpty();
    int withErrors = 0;
    for (int cut = 0; cut < full.length(); cut++) {
      for (String variant : List.of(full.substring(0, cut), full.substring(0, cut) + full.substring(cut + 1))) {
        HclParseResult r = HclParser.parse(SourceFile.of("cut.tf", variant));
        for (Diagnostic d : r.diagnostics()) {
          assertThat(d.message()).as("message for %s", variant).doesNotContainPattern(ANTLR_ISMS);
          assertThat(d.message()).doesNotContain("internal error");
          assertThat(d.range().startLine()).isBetween(1, 20);
        }
        withErrors += r.hasErrors() ? 1 : 0;
      }
    }
    assertThat(withErrors).isGreaterThan(full.length());
  }
}
