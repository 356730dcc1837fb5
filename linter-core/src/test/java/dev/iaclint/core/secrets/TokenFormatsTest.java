package dev.iaclint.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TokenFormatsTest {

  static Stream<Arguments> realShapedTokens() {
    return Stream.of(
        Arguments.of(FakeSecrets.awsKeyId(), SecretKind.AWS_ACCESS_KEY_ID),
        Arguments.of("AS" + "IA" + FakeSecrets.random("ABCDEFGHJKLMNPQRSTUVWXYZ234567", 16, 40),
            SecretKind.AWS_ACCESS_KEY_ID),
        Arguments.of(FakeSecrets.githubToken(), SecretKind.GITHUB_TOKEN),
        Arguments.of("gh" + "s_" + FakeSecrets.random("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789", 36, 41),
            SecretKind.GITHUB_TOKEN),
        Arguments.of("gh" + "o_" + FakeSecrets.random("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789", 36, 45),
            SecretKind.GITHUB_TOKEN),
        Arguments.of("gh" + "u_" + FakeSecrets.random("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789", 36, 46),
            SecretKind.GITHUB_TOKEN),
        Arguments.of("gh" + "r_" + FakeSecrets.random("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789", 36, 47),
            SecretKind.GITHUB_TOKEN),
        Arguments.of(FakeSecrets.githubFineGrained(), SecretKind.GITHUB_TOKEN),
        Arguments.of(FakeSecrets.stripeLive(), SecretKind.STRIPE_SECRET_KEY),
        Arguments.of("rk" + "_test_" + FakeSecrets.random("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789", 30, 42),
            SecretKind.STRIPE_RESTRICTED_KEY),
        Arguments.of(FakeSecrets.slackWebhook(), SecretKind.SLACK_WEBHOOK),
        Arguments.of(FakeSecrets.slackToken(), SecretKind.SLACK_TOKEN),
        // Legacy workspace-app and refresh tokens: one segment after the prefix.
        Arguments.of("xo" + "xr-" + FakeSecrets.random("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789", 40, 43),
            SecretKind.SLACK_TOKEN),
        Arguments.of("xo" + "xa-2-" + FakeSecrets.random("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789", 32, 44),
            SecretKind.SLACK_TOKEN),
        Arguments.of(FakeSecrets.jwt(), SecretKind.JWT),
        Arguments.of(FakeSecrets.privateKey(), SecretKind.PRIVATE_KEY),
        Arguments.of(FakeSecrets.privateKey("EC "), SecretKind.PRIVATE_KEY),
        Arguments.of(FakeSecrets.privateKey("DSA "), SecretKind.PRIVATE_KEY),
        Arguments.of(FakeSecrets.privateKey("OPENSSH "), SecretKind.PRIVATE_KEY),
        Arguments.of(FakeSecrets.privateKey("ENCRYPTED "), SecretKind.PRIVATE_KEY),
        Arguments.of(FakeSecrets.privateKey(""), SecretKind.PRIVATE_KEY),
        Arguments.of(FakeSecrets.googleApiKey(), SecretKind.GOOGLE_API_KEY),
        Arguments.of(FakeSecrets.gitlabToken(), SecretKind.GITLAB_TOKEN),
        Arguments.of(FakeSecrets.npmToken(), SecretKind.NPM_TOKEN),
        Arguments.of(FakeSecrets.sendgrid(), SecretKind.SENDGRID_API_KEY),
        Arguments.of(FakeSecrets.twilio(), SecretKind.TWILIO_API_KEY),
        Arguments.of(FakeSecrets.openai(), SecretKind.OPENAI_API_KEY),
        Arguments.of(FakeSecrets.anthropic(), SecretKind.ANTHROPIC_API_KEY));
  }

  @ParameterizedTest(name = "{index}: {1}") // the kind, never the token
  @MethodSource("realShapedTokens")
  void findsEachFormatAloneAndInsideText(String token, SecretKind kind) {
    assertThat(TokenFormats.find(token)).singleElement()
        .satisfies(m -> {
          assertThat(m.kind()).isEqualTo(kind);
          assertThat(m.start()).isZero();
          assertThat(m.end()).isEqualTo(token.length());
        });
    String text = "export THING=\"" + token + "\" # deployed\n";
    List<SecretMatch> inText = TokenFormats.find(text);
    assertThat(inText).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(kind);
      assertThat(text.substring(m.start(), m.end())).isEqualTo(token);
    });
  }

  @ParameterizedTest(name = "{index}: {1}") // the kind, never the token
  @MethodSource("realShapedTokens")
  void doesNotFindATokenThatIsPartOfALongerWord(String token, SecretKind kind) {
    if (kind == SecretKind.PRIVATE_KEY || kind == SecretKind.SLACK_WEBHOOK) {
      return; // delimited by their own markers, not by word boundaries
    }
    assertThat(TokenFormats.find("Z9" + token + "Q7").stream().map(SecretMatch::kind))
        .doesNotContain(kind);
  }

  @Test
  void iamUniqueIdsAreNotAccessKeys() {
    // Role, user and group IDs appear in aws:userid conditions; they are identifiers, not secrets.
    for (String prefix : List.of("AROA", "AIDA", "AGPA", "ANPA", "AIPA", "ANVA")) {
      assertThat(TokenFormats.find(prefix + FakeSecrets.random("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 16, 3)))
          .isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"AKIAXXXXXXXXXXXXXXXX", "AKIA0000000000000000", "AKIA****************"})
  void obviouslyFakeAccessKeyIdsAreNotReported(String fake) {
    assertThat(TokenFormats.find(fake)).isEmpty();
  }

  @Test
  void awsDocumentationKeysPlantedAsTestSecretsAreStillReported() {
    // terragoat plants the documentation key on purpose; a committed key in any form is a finding.
    assertThat(TokenFormats.find("AKIAIOSFODNN7" + "EXAMPLE")).singleElement()
        .extracting(SecretMatch::kind).isEqualTo(SecretKind.AWS_ACCESS_KEY_ID);
  }

  @Test
  void stripePublishableKeysAreNotSecrets() {
    // Stripe documents pk_ keys as safe to embed in web pages and apps.
    assertThat(TokenFormats.find(FakeSecrets.stripePublishable())).isEmpty();
  }

  @Test
  void aJwtLookalikeWhoseHeaderIsNotJsonIsNotAJwt() {
    String notJson = FakeSecrets.b64("eyJhbGciOi not json at all").replace("=", "");
    String fake = "eyJ" + FakeSecrets.random("abcdefghijkmnopq", 20, 5) + ".eyJ"
        + FakeSecrets.random("abcdefghijkmnopq", 20, 6) + "." + notJson;
    assertThat(TokenFormats.find(fake)).isEmpty();
  }

  @Test
  void publicKeysAndCertificatesAreNotPrivateKeys() {
    String body = FakeSecrets.random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 128, 8);
    assertThat(TokenFormats.find("-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----"))
        .isEmpty();
    assertThat(TokenFormats.find("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----"))
        .isEmpty();
    assertThat(TokenFormats.find("ssh-rsa AAAAB3NzaC1yc2E" + body + " user@host")).isEmpty();
  }

  @Test
  void aPrivateKeyHeaderWithoutAKeyBodyIsNotAKey() {
    assertThat(TokenFormats.find("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"))
        .isEmpty();
    assertThat(TokenFormats.find("-----BEGIN PRIVATE KEY-----\n")).isEmpty();
    assertThat(TokenFormats.find("matches /-----BEGIN [A-Z ]*PRIVATE KEY-----/")).isEmpty();
  }

  @Test
  void aPrivateKeySpansFromItsBeginLineToItsEndLine() {
    String key = FakeSecrets.privateKey();
    String text = "key = <<EOF\n" + key + "\nEOF\n";
    assertThat(TokenFormats.find(text)).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(SecretKind.PRIVATE_KEY);
      assertThat(text.substring(m.start(), m.end())).isEqualTo(key);
    });
  }

  @Test
  void findsThePasswordInAUrlButNotAPlaceholderOrAReference() {
    String pw = FakeSecrets.password().replace("#", "x").replace("%", "y");
    String url = "postgres://app:" + pw + "@db.internal:5432/app";
    assertThat(TokenFormats.find(url)).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(SecretKind.URL_PASSWORD);
      assertThat(url.substring(m.start(), m.end())).isEqualTo(pw);
    });
    assertThat(TokenFormats.find("postgres://app:${DB_PASSWORD}@db:5432/app")).isEmpty();
    assertThat(TokenFormats.find("postgres://app:changeme@db:5432/app")).isEmpty();
    assertThat(TokenFormats.find("postgres://app:$PASSWORD@db:5432/app")).isEmpty();
    assertThat(TokenFormats.find("https://example.com:8443/path")).isEmpty();
  }

  @Test
  void kindOfNamesTheFormatOnlyWhenTheWholeValueIsOneToken() {
    assertThat(TokenFormats.kindOf(FakeSecrets.githubToken())).contains(SecretKind.GITHUB_TOKEN);
    assertThat(TokenFormats.kindOf("token " + FakeSecrets.githubToken())).isEmpty();
  }
}
