package dev.iaclint.core.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads strict JSON (RFC 8259) into positioned values with Jackson's streaming parser. */
final class JsonReader {
  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(Limits.MAX_DEPTH)
      .maxDocumentLength(Limits.MAX_JSON_CODE_POINTS * 4L)
      .build();
  private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  /** JSON with comments and trailing commas, as tsconfig.json and VS Code's settings allow. */
  private static final JsonFactory WITH_COMMENTS = JsonFactory.builder().streamReadConstraints(CONSTRAINTS)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  private final Positions positions;
  private final JsonFactory factory;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private JsonParser parser;

  private JsonReader(Positions positions, JsonFactory factory) {
    this.positions = positions;
    this.factory = factory;
  }

  static ParsedData read(Positions positions, boolean templateCode) {
    return new JsonReader(positions, FACTORY).readAll(templateCode);
  }

  /** Like {@link #read}, also accepting {@code //} and block comments and trailing commas. */
  static ParsedData readWithComments(Positions positions, boolean templateCode) {
    return new JsonReader(positions, WITH_COMMENTS).readAll(templateCode);
  }

  private ParsedData readAll(boolean templateCode) {
    List<Value> roots = new ArrayList<>();
    try (JsonParser p = factory.createParser(positions.file().text())) {
      parser = p;
      JsonToken first = p.nextToken();
      // An empty file holds nothing to check, like an empty YAML file; it is often a report that
      // the shell created for this very scan ("iaclint scan . -f json > report.json").
      if (first != null) {
        Value root = value(first);
        if (p.nextToken() != null) {
          diagnostics.add(Diagnostic.error(start(), "invalid JSON: unexpected content after the end of the value"));
        } else {
          roots.add(root);
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      SourceRange at = loc == null || loc.getCharOffset() < 0 ? SourceRange.startOf(positions.file())
          : positions.pointAtChar((int) loc.getCharOffset());
      diagnostics.add(Diagnostic.error(at, SyntaxMessages.json(e.getOriginalMessage())));
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(SourceRange.startOf(positions.file()), "invalid JSON: cannot be read"));
    }
    return new ParsedData(positions.file(), ParsedData.Syntax.JSON, roots, Map.of(), diagnostics, templateCode);
  }

  private Value value(JsonToken token) throws IOException {
    int begin = tokenStart();
    return switch (token) {
      case START_OBJECT -> object(begin);
      case START_ARRAY -> array(begin);
      case VALUE_STRING -> {
        String text = parser.getText();
        yield new StringValue(text, range(begin));
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        String text = parser.getText();
        yield new NumberValue(new BigDecimal(text), range(begin));
      }
      case VALUE_TRUE -> new BoolValue(true, range(begin));
      case VALUE_FALSE -> new BoolValue(false, range(begin));
      case VALUE_NULL -> new NullValue(range(begin));
      default -> throw new IllegalStateException("unexpected JSON token " + token);
    };
  }

  private Value object(int begin) throws IOException {
    Map<String, Value> entries = new LinkedHashMap<>();
    Map<String, SourceRange> memberRanges = new LinkedHashMap<>();
    Map<String, SourceRange> keyRanges = new LinkedHashMap<>();
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
      int keyBegin = tokenStart();
      String key = parser.currentName();
      SourceRange keyRange = positions.ofChars(keyBegin, stringEnd(keyBegin));
      Value v = value(parser.nextToken());
      SourceRange first = keyRanges.get(key);
      if (first != null) {
        diagnostics.add(Diagnostic.error(keyRange, "duplicate key \"" + shorten(key) + "\" (first at line "
            + first.startLine() + ", column " + first.startColumn() + "); the later value is used"));
        entries.remove(key);
        memberRanges.remove(key);
      }
      keyRanges.put(key, keyRange);
      entries.put(key, v);
      memberRanges.put(key, SourceRange.span(keyRange, v.range()));
    }
    return new MapValue(entries, memberRanges, MapValue.Kind.OBJECT, range(begin), Origin.NONE);
  }

  private Value array(int begin) throws IOException {
    List<Value> elements = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      elements.add(value(t));
    }
    return new ListValue(elements, ListValue.Kind.TUPLE, range(begin));
  }

  /** Just after the closing quote of the string starting at {@code begin}. */
  private int stringEnd(int begin) {
    String text = positions.file().text();
    for (int i = begin + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i + 1;
      }
    }
    return text.length();
  }

  private static String shorten(String key) {
    return key.length() > 60 ? key.substring(0, 57) + "..." : key;
  }

  private int tokenStart() {
    return (int) parser.currentTokenLocation().getCharOffset();
  }

  /** From {@code begin} to just after the current token. */
  private SourceRange range(int begin) {
    return positions.ofChars(begin, (int) parser.currentLocation().getCharOffset());
  }

  private SourceRange start() {
    return positions.pointAtChar(tokenStart());
  }
}
