package dev.iaclint.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import org.junit.jupiter.api.Test;

class SourceLocatorTest {

  private static SourceRange rangeOf(SourceFile f, String part) {
    int i = f.text().indexOf(part);
    return f.rangeOfChars(i, i + part.length());
  }

  @Test
  void findsASecretWrittenVerbatimInsideAQuotedLiteral() {
    String token = FakeSecrets.githubToken();
    SourceFile f = SourceFile.of("main.tf", "locals {\n  t = \"Bearer " + token + "\"\n}\n");
    SourceRange literal = rangeOf(f, "\"Bearer " + token + "\"");
    String decoded = "Bearer " + token;
    SourceRange r = SourceLocator.locate(literal, decoded, 7, decoded.length());
    assertThat(r.startLine()).isEqualTo(2);
    assertThat(r.startColumn()).isEqualTo("  t = \"Bearer ".length() + 1);
    assertThat(r.endColumn()).isEqualTo(r.startColumn() + token.length());
  }

  @Test
  void fallsBackToTheWholeLiteralWhenTheSecretIsWrittenWithEscapes() {
    SourceFile f = SourceFile.of("a.json", "{\"k\": \"ab\\u0063defgh\"}");
    SourceRange literal = rangeOf(f, "\"ab\\u0063defgh\"");
    assertThat(SourceLocator.locate(literal, "abcdefgh", 0, 8)).isEqualTo(literal);
  }

  @Test
  void spansAnIndentedMultiLineSecretFromItsFirstToItsLastLine() {
    String key = FakeSecrets.privateKey();
    String indented = "  " + key.replace("\n", "\n  ");
    SourceFile f = SourceFile.of("s.yaml", "stringData:\n key: |\n" + indented + "\n");
    SourceRange literal = rangeOf(f, indented);
    SourceRange r = SourceLocator.locate(literal, key + "\n", 0, key.length());
    assertThat(r.startLine()).isEqualTo(3);
    assertThat(r.startColumn()).isEqualTo(3);
    assertThat(r.endLine()).isEqualTo(10);
  }

  @Test
  void picksTheSameOccurrenceWhenTheSecretRepeats() {
    SourceFile f = SourceFile.of("a.sh", "x=\"k1 Zq8vLm2pXr k2 Zq8vLm2pXr\"");
    SourceRange literal = rangeOf(f, "\"k1 Zq8vLm2pXr k2 Zq8vLm2pXr\"");
    String decoded = "k1 Zq8vLm2pXr k2 Zq8vLm2pXr";
    SourceRange second = SourceLocator.locate(literal, decoded, 17, 27);
    assertThat(second.startColumn()).isEqualTo(f.text().lastIndexOf("Zq8") + 1);
  }
}
