package dev.iaclint.core.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Decoding of base64 literals (Kubernetes {@code Secret.data}, {@code user_data_base64}) to text. */
public final class Base64Text {
  private Base64Text() {}

  /** Whether {@code s} is written in the standard or URL-safe base64 alphabet, padding included. */
  public static boolean looksLikeBase64(String s) {
    String t = stripWhitespace(s);
    if (t.length() < 4) {
      return false;
    }
    int pad = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '=') {
        pad++;
      } else if (pad > 0 || !(Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/'
          || c == '-' || c == '_')) {
        return false;
      }
    }
    return pad <= 2;
  }

  /** The raw bytes {@code s} decodes to, or empty when it is not base64. Whitespace is ignored. */
  public static Optional<byte[]> decodeBytes(String s) {
    if (!looksLikeBase64(s)) {
      return Optional.empty();
    }
    String t = stripWhitespace(s);
    boolean urlSafe = t.indexOf('-') >= 0 || t.indexOf('_') >= 0;
    try {
      return Optional.of((urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(t));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The UTF-8 text {@code s} decodes to, or empty when it is not base64 or the bytes are not text
   * (binary data, such as a DER key, decodes to nothing here).
   */
  public static Optional<String> decodeText(String s) {
    return decodeBytes(s).flatMap(Base64Text::utf8Text);
  }

  static Optional<String> utf8Text(byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        return Optional.empty();
      }
    }
    return Optional.of(text);
  }

  private static String stripWhitespace(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
