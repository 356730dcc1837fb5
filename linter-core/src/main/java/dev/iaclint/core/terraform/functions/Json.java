package dev.iaclint.core.terraform.functions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.Conversions;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON as Terraform's jsonencode writes it and jsondecode reads it. */
final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(500).build())
      .build();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {
  }

  /**
   * Compact JSON with object keys sorted and Go's escaping ({@code <}, {@code >}, {@code &}, U+2028
   * and U+2029 as {@code \}{@code u} escapes). The value must be wholly known.
   */
  static String encode(Value v) {
    StringBuilder sb = new StringBuilder();
    encode(v, sb);
    return sb.toString();
  }

  private static void encode(Value v, StringBuilder sb) {
    if (v instanceof StringValue s) {
      quote(s.value(), sb);
    } else if (v instanceof NumberValue n) {
      sb.append(Conversions.numberToString(n.value()));
    } else if (v instanceof BoolValue b) {
      sb.append(b.value());
    } else if (v instanceof ListValue l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        encode(l.get(i), sb);
      }
      sb.append(']');
    } else if (v instanceof MapValue m) {
      List<String> keys = new ArrayList<>(m.keys());
      keys.sort(Conversions::compareCodePoints);
      sb.append('{');
      for (int i = 0; i < keys.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        quote(keys.get(i), sb);
        sb.append(':');
        encode(m.get(keys.get(i)), sb);
      }
      sb.append('}');
    } else {
      sb.append("null");
    }
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    quote(s, sb);
    return sb.toString();
  }

  /** Go's encoding/json string escaping, HTML-safe as json.Marshal does by default. */
  private static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c == '\u2028' || c == '\u2029') {
            sb.append(c == '\u2028' ? "\\u2028" : "\\u2029");
          } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            sb.append("\\u00").append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
          } else if (Character.isSurrogate(c) && !validSurrogateAt(s, i)) {
            // Unpaired surrogates cannot be UTF-8; Go writes U+FFFD for invalid text.
            sb.append('\ufffd');
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private static boolean validSurrogateAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** A JSON decoding problem, described without quoting the input. */
  static final class DecodeException extends Exception {
    DecodeException(String message) {
      super(message);
    }
  }

  /** Objects become objects, arrays tuples, numbers exact decimals; all at {@code range}. */
  static Value decode(String text, SourceRange range) throws DecodeException {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new DecodeException("the given string is not valid JSON: no value found");
      }
      Value v = read(p, range);
      if (p.nextToken() != null) {
        throw new DecodeException("extraneous data after the JSON value");
      }
      return v;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new DecodeException(at == null
          ? "the given string is not valid JSON"
          : "the given string is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    } catch (IOException e) {
      throw new DecodeException("the given string is not valid JSON");
    }
  }

  private static Value read(JsonParser p, SourceRange range) throws IOException, DecodeException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Value> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          entries.remove(key);
          entries.put(key, read(p, range));
        }
        return new MapValue(entries, MapValue.Kind.OBJECT, range);
      }
      case START_ARRAY -> {
        List<Value> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(p, range));
        }
        return new ListValue(elements, ListValue.Kind.TUPLE, range);
      }
      case VALUE_STRING -> {
        return new StringValue(p.getText(), range);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        BigDecimal d = Conversions.parseNumber(p.getText());
        if (d == null) {
          throw new DecodeException("the given string is not valid JSON: a number is out of range");
        }
        return new NumberValue(d, range);
      }
      case VALUE_TRUE -> {
        return new BoolValue(true, range);
      }
      case VALUE_FALSE -> {
        return new BoolValue(false, range);
      }
      default -> {
        return new NullValue(range);
      }
    }
  }
}
