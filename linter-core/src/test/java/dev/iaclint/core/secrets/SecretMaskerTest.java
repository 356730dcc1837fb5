package dev.iaclint.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

  @Test
  void showsOnlyTheFormatsFixedPrefixAndTheLength() {
    String key = FakeSecrets.stripeLive();
    assertThat(SecretMasker.mask(key)).isEqualTo("sk_live_****…(" + key.length() + " chars)");
    assertThat(SecretMasker.mask(FakeSecrets.awsKeyId())).isEqualTo("AKIA****…(20 chars)");
    assertThat(SecretMasker.mask(FakeSecrets.githubToken())).isEqualTo("ghp_****…(40 chars)");
  }

  @Test
  void showsNothingOfASecretWithoutAKnownFormat() {
    String pw = FakeSecrets.password();
    assertThat(SecretMasker.mask(pw)).isEqualTo("****…(20 chars)");
    assertThat(SecretMasker.mask(pw, SecretKind.GENERIC_SECRET)).isEqualTo("****…(20 chars)");
  }

  @Test
  void neverShowsAPrefixThatIsMostOfTheValue() {
    assertThat(SecretMasker.mask("sk_live_x", SecretKind.STRIPE_SECRET_KEY)).isEqualTo("****…(9 chars)");
    assertThat(SecretMasker.mask("a", null)).isEqualTo("****…(1 char)");
  }

  @Test
  void maskedFormsNeverContainTheSecretsVariablePart() {
    for (String s : List.of(FakeSecrets.awsKeyId(), FakeSecrets.jwt(), FakeSecrets.slackWebhook(),
        FakeSecrets.privateKey(), FakeSecrets.sendgrid(), FakeSecrets.openai())) {
      String masked = SecretMasker.mask(s);
      assertThat(masked.length()).isLessThan(30);
      assertThat(masked).doesNotContain(s.substring(s.length() - 8));
    }
  }

  @Test
  void redactsSourceLinesKeepingColumns() {
    String pw = FakeSecrets.password();
    SourceFile f = SourceFile.of("main.tf", "a = 1\npassword = \"" + pw + "\"\n");
    int col = "password = \"".length() + 1;
    SourceRange r = new SourceRange(f, 2, col, 2, col + pw.length(), 0, 0);
    String line = SecretMasker.redactLine(f, 2, List.of(r));
    assertThat(line).isEqualTo("password = \"" + "*".repeat(pw.length()) + "\"");
    assertThat(SecretMasker.redactLine(f, 1, List.of(r))).isEqualTo("a = 1");
  }

  @Test
  void redactsEveryLineOfAMultiLineSecret() {
    String key = FakeSecrets.privateKey();
    SourceFile f = SourceFile.of("k.yaml", "key: |\n" + key.replace("\n", "\n  ").replaceFirst("^", "  ") + "\n");
    SourceRange r = new SourceRange(f, 2, 3, 9, 3 + "-----END RSA PRIVATE KEY-----".length(), 0, 0);
    String shown = SecretMasker.redactLines(f, 1, 9, List.of(r));
    for (String line : key.split("\n")) {
      assertThat(shown).doesNotContain(line);
    }
    assertThat(shown).startsWith("key: |\n  ****");
  }

  @Test
  void scrubMasksSecretsInFreeText() {
    String token = FakeSecrets.githubToken();
    String pw = FakeSecrets.password();
    String msg = "unexpected token '" + token + "' after password=" + pw;
    String scrubbed = SecretMasker.scrub(msg);
    assertThat(scrubbed).doesNotContain(token).doesNotContain(pw)
        .contains("ghp_****…(40 chars)").startsWith("unexpected token '");
    assertThat(SecretMasker.scrub("nothing to hide here")).isEqualTo("nothing to hide here");
  }
}
