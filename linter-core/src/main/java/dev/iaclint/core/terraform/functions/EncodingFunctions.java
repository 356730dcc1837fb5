package dev.iaclint.core.terraform.functions;

import static dev.iaclint.core.terraform.functions.Fn.str;

import dev.iaclint.core.value.Value;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** base64, csv, json, url and yaml encodings. */
final class EncodingFunctions {
  private EncodingFunctions() {
  }

  static List<TerraformFunction> all() {
    return List.of(
        Fn.of("base64encode", a -> a.str(Base64.getEncoder().encodeToString(utf8(a.string(0)))), str("str")),
        Fn.of("base64decode", a -> a.str(utf8(a, base64(a, 0)) ), str("str")),
        Fn.of("textencodebase64", EncodingFunctions::textencodebase64, str("string"), str("encoding")),
        Fn.of("textdecodebase64", EncodingFunctions::textdecodebase64, str("source"), str("encoding")),
        Fn.of("urlencode", a -> a.str(urlencode(a.string(0))), str("str")),
        Fn.of("jsonencode", a -> a.str(Json.encode(Args.whollyKnown(a.get(0)))), Fn.any("val").nullable()),
        Fn.of("jsondecode", a -> {
          try {
            return Json.decode(a.string(0), a.range());
          } catch (Json.DecodeException e) {
            throw a.error(0, e.getMessage());
          }
        }, str("str")),
        Fn.of("yamlencode", a -> a.str(Yaml.encode(Args.whollyKnown(a.get(0)))), Fn.any("value").nullable()),
        Fn.of("yamldecode", a -> {
          try {
            return Yaml.decode(a.string(0), a.range());
          } catch (Yaml.DecodeException e) {
            throw a.error(0, e.getMessage());
          }
        }, str("src")),
        Fn.of("csvdecode", EncodingFunctions::csvdecode, str("str")));
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Go's StdEncoding: padding required, CR and LF ignored. */
  private static byte[] base64(Args a, int i) throws FunctionException {
    String s = a.string(i).replace("\r", "").replace("\n", "");
    if (s.length() % 4 != 0) {
      throw a.error(i, "failed to decode base64 data");
    }
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw a.error(i, "failed to decode base64 data");
    }
  }

  private static String utf8(Args a, byte[] bytes) throws FunctionException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw a.error("the result of decoding the provided string is not valid UTF-8");
    }
  }

  private static Charset charset(Args a, int i) throws FunctionException {
    String name = a.string(i);
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw a.error(i, "the given encoding name is not a supported IANA encoding name or alias");
    }
  }

  private static Value textencodebase64(Args a) throws FunctionException {
    Charset cs = charset(a, 1);
    if (!cs.canEncode()) {
      throw a.error(1, "the given encoding can only be decoded");
    }
    try {
      ByteBuffer bytes = cs.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(a.string(0)));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return a.str(Base64.getEncoder().encodeToString(out));
    } catch (CharacterCodingException e) {
      throw a.error(0, "the given string contains characters that cannot be represented in " + cs.name());
    }
  }

  private static Value textdecodebase64(Args a) throws FunctionException {
    Charset cs = charset(a, 1);
    byte[] bytes = base64(a, 0);
    try {
      return a.str(cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      throw a.error(0, "the given value is not valid " + cs.name() + " text");
    }
  }

  /** Go's url.QueryEscape: space as +, unreserved characters kept, the rest %XX. */
  static String urlencode(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(s)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
          || c == '~') {
        sb.append((char) c);
      } else if (c == ' ') {
        sb.append('+');
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }

  /** Go's encoding/csv (RFC 4180) with the first record as the header; a list of objects of strings. */
  private static Value csvdecode(Args a) throws FunctionException {
    List<List<String>> records = parseCsv(a, a.string(0));
    if (records.isEmpty()) {
      throw a.error(0, "missing header line");
    }
    List<String> header = records.get(0);
    if (header.stream().distinct().count() != header.size()) {
      throw a.error(0, "duplicate column name in the header line");
    }
    List<Value> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> record = records.get(r);
      if (record.size() != header.size()) {
        throw a.error(0, "record " + r + " has " + record.size() + " fields, but the header has " + header.size());
      }
      Map<String, Value> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), a.str(record.get(c)));
      }
      rows.add(a.object(row));
    }
    return a.list(rows);
  }

  private static List<List<String>> parseCsv(Args a, String text) throws FunctionException {
    String s = text.replace("\r\n", "\n");
    List<List<String>> records = new ArrayList<>();
    int i = 0;
    int line = 1;
    while (i < s.length()) {
      if (s.charAt(i) == '\n') {
        // Go's reader skips empty lines.
        i++;
        line++;
        continue;
      }
      List<String> record = new ArrayList<>();
      while (true) {
        StringBuilder field = new StringBuilder();
        if (i < s.length() && s.charAt(i) == '"') {
          i++;
          while (true) {
            if (i >= s.length()) {
              throw a.error(0, "extraneous or missing \" in quoted field on line " + line);
            }
            char c = s.charAt(i++);
            if (c == '"') {
              if (i < s.length() && s.charAt(i) == '"') {
                field.append('"');
                i++;
              } else {
                break;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              field.append(c);
            }
          }
          if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\n') {
            throw a.error(0, "extraneous or missing \" in quoted field on line " + line);
          }
        } else {
          while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\n') {
            char c = s.charAt(i++);
            if (c == '"') {
              throw a.error(0, "bare \" in non-quoted field on line " + line);
            }
            field.append(c);
          }
        }
        record.add(field.toString());
        if (i < s.length() && s.charAt(i) == ',') {
          i++;
          continue;
        }
        if (i < s.length()) {
          i++;
          line++;
        }
        break;
      }
      records.add(record);
    }
    return records;
  }
}
