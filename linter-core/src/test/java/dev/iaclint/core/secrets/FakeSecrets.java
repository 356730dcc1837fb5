package dev.iaclint.core.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * Real-shaped, fake secrets for tests. They are generated (a fixed seed, so tests are
 * deterministic) rather than written out, so that no secret-shaped literal sits in the source.
 */
final class FakeSecrets {
  private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String BASE64 = ALNUM + "+/";
  private static final String URLSAFE = ALNUM + "-_";
  private static final String HEX = "0123456789abcdef";

  private FakeSecrets() {}

  static String random(String alphabet, int n, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  static String awsKeyId() {
    return "AK" + "IA" + random(UPPER_DIGITS, 16, 1);
  }

  static String awsSecretKey() {
    return random(BASE64, 40, 2);
  }

  static String githubToken() {
    return "gh" + "p_" + random(ALNUM, 36, 3);
  }

  static String githubFineGrained() {
    return "github" + "_pat_" + random(ALNUM, 22, 4) + "_" + random(ALNUM, 59, 5);
  }

  static String stripeLive() {
    return "sk" + "_live_" + random(ALNUM, 24, 6);
  }

  static String stripePublishable() {
    return "pk" + "_live_" + random(ALNUM, 24, 7);
  }

  static String slackWebhook() {
    return "https://hooks." + "slack.com/services/T" + random(UPPER_DIGITS, 8, 8) + "/B"
        + random(UPPER_DIGITS, 8, 9) + "/" + random(ALNUM, 24, 10);
  }

  static String slackToken() {
    return "xo" + "xb-" + random("0123456789", 12, 11) + "-" + random("0123456789", 13, 12) + "-"
        + random(ALNUM, 24, 13);
  }

  static String jwt() {
    return b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
        + b64url("{\"sub\":\"1234567890\",\"name\":\"svc\",\"iat\":1516239022}") + "."
        + random(URLSAFE, 43, 14);
  }

  static String privateKey() {
    return privateKey("RSA ");
  }

  /** A PEM private key whose header names {@code type} ("RSA ", "EC ", "OPENSSH ", "" …). */
  static String privateKey(String type) {
    StringBuilder sb = new StringBuilder("-----BEGIN " + type + "PRIVATE KEY-----\n");
    for (int i = 0; i < 6; i++) {
      sb.append(random(BASE64, 64, 20 + i)).append('\n');
    }
    return sb.append("-----END " + type + "PRIVATE KEY-----").toString();
  }

  static String googleApiKey() {
    return "AI" + "za" + random(URLSAFE, 35, 15);
  }

  static String gitlabToken() {
    return "gl" + "pat-" + random(ALNUM, 20, 16);
  }

  static String npmToken() {
    return "np" + "m_" + random(ALNUM, 36, 17);
  }

  static String sendgrid() {
    return "S" + "G." + random(URLSAFE, 22, 18) + "." + random(URLSAFE, 43, 19);
  }

  static String twilio() {
    return "S" + "K" + random(HEX, 32, 30);
  }

  static String openai() {
    return "sk" + "-proj-" + random(ALNUM, 20, 31) + "T3Blbk" + "FJ" + random(ALNUM, 20, 32);
  }

  static String anthropic() {
    return "sk" + "-ant-api03-" + random(URLSAFE, 93, 33);
  }

  static String password() {
    return random(ALNUM + "!#%&", 20, 34);
  }

  static String hex(int n, long seed) {
    return random(HEX, n, seed);
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String b64url(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
