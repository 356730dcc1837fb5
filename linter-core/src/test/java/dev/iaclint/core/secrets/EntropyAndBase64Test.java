package dev.iaclint.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EntropyAndBase64Test {

  @Test
  void shannonEntropyInBitsPerCharacter() {
    assertThat(Entropy.shannon("")).isZero();
    assertThat(Entropy.shannon("aaaa")).isZero();
    assertThat(Entropy.shannon("abcd")).isCloseTo(2.0, within(1e-9));
    assertThat(Entropy.shannon("aabb")).isCloseTo(1.0, within(1e-9));
    assertThat(Entropy.shannon(FakeSecrets.awsSecretKey())).isGreaterThan(4.5);
  }

  @Test
  void countsCharacterClasses() {
    assertThat(Entropy.characterClasses("abc")).isEqualTo(1);
    assertThat(Entropy.characterClasses("aB3!")).isEqualTo(4);
  }

  @Test
  void decodesBase64TextButNotBinaryOrNonBase64() {
    assertThat(Base64Text.decodeText(FakeSecrets.b64("hello: world\n"))).contains("hello: world\n");
    assertThat(Base64Text.decodeText("not base64!")).isEmpty();
    assertThat(Base64Text.decodeText("AAECAwQFBgc=")).isEmpty(); // bytes 0..7: binary
    assertThat(Base64Text.decodeText("aGVs\nbG8=")).contains("hello");
  }
}
