package dev.iaclint.core.terraform.functions;

import static dev.iaclint.core.terraform.functions.Fn.str;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** md5, sha1, sha256, sha512 (hex) and base64sha256, base64sha512, of a string's UTF-8 bytes. */
final class HashFunctions {
  private HashFunctions() {
  }

  static List<TerraformFunction> all() {
    return List.of(
        hex("md5", "MD5"), hex("sha1", "SHA-1"), hex("sha256", "SHA-256"), hex("sha512", "SHA-512"),
        Fn.of("base64sha256", a -> a.str(Base64.getEncoder().encodeToString(
            digest("SHA-256", EncodingFunctions.utf8(a.string(0))))), str("str")),
        Fn.of("base64sha512", a -> a.str(Base64.getEncoder().encodeToString(
            digest("SHA-512", EncodingFunctions.utf8(a.string(0))))), str("str")));
  }

  private static TerraformFunction hex(String name, String algorithm) {
    return Fn.of(name, a -> a.str(HexFormat.of().formatHex(digest(algorithm, EncodingFunctions.utf8(a.string(0))))),
        str("str"));
  }

  static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (NoSuchAlgorithmException e) {
      // Every JRE ships MD5, SHA-1, SHA-256 and SHA-512.
      throw new IllegalStateException(algorithm, e);
    }
  }
}
