package dev.iaclint.core.terraform.functions;

import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.Conversions;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML as Terraform's yamldecode reads it (the YAML 1.2 core schema: only {@code true}/{@code false}
 * are booleans, {@code yes}/{@code on} are strings) and yamlencode writes it (block style, keys
 * sorted, strings double-quoted or, with newlines, literal).
 */
final class Yaml {
  private static final int MAX_DEPTH = 200;

  private Yaml() {
  }

  /** YAML 1.2 core schema scalars. */
  private static final class CoreResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), null);
      addImplicitResolver(Tag.INT, Pattern.compile("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), null);
      addImplicitResolver(Tag.FLOAT, Pattern.compile(
          "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),
          null);
      addImplicitResolver(Tag.MERGE, Pattern.compile("^(?:<<)$"), null);
      addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL| *)$"), null);
    }
  }

  static final class DecodeException extends Exception {
    DecodeException(String message) {
      super(message);
    }
  }

  static Value decode(String text, SourceRange range) throws DecodeException {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(100);
    options.setAllowDuplicateKeys(true);
    options.setNestingDepthLimit(MAX_DEPTH);
    org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(new SafeConstructor(options),
        new Representer(new DumperOptions()), new DumperOptions(), options, new CoreResolver());
    try {
      Iterator<Node> docs = yaml.composeAll(new StringReader(text)).iterator();
      if (!docs.hasNext()) {
        return new NullValue(range);
      }
      Node node = docs.next();
      if (docs.hasNext()) {
        throw new DecodeException("the string holds more than one YAML document");
      }
      return toValue(node, range, Collections.newSetFromMap(new IdentityHashMap<>()));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark();
      throw new DecodeException(m == null
          ? "the given string is not valid YAML"
          : "the given string is not valid YAML (line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ")");
    } catch (YAMLException e) {
      throw new DecodeException("the given string is not valid YAML");
    }
  }

  private static Value toValue(Node node, SourceRange range, Set<Node> path) throws DecodeException {
    if (!path.add(node)) {
      throw new DecodeException("the YAML refers to itself through an alias");
    }
    if (path.size() > MAX_DEPTH) {
      throw new DecodeException("the YAML is nested too deeply");
    }
    try {
      if (node instanceof ScalarNode s) {
        return scalar(s, range);
      } else if (node instanceof SequenceNode seq) {
        List<Value> elements = new ArrayList<>();
        for (Node n : seq.getValue()) {
          elements.add(toValue(n, range, path));
        }
        return new ListValue(elements, ListValue.Kind.TUPLE, range);
      }
      MappingNode map = (MappingNode) node;
      Map<String, Value> entries = new LinkedHashMap<>();
      mapping(map, entries, range, path);
      return new MapValue(entries, MapValue.Kind.OBJECT, range);
    } finally {
      path.remove(node);
    }
  }

  private static void mapping(MappingNode map, Map<String, Value> entries, SourceRange range, Set<Node> path)
      throws DecodeException {
    if (!Tag.MAP.equals(map.getTag())) {
      throw new DecodeException("unsupported YAML tag on a mapping");
    }
    Map<String, Value> merged = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      Node key = t.getKeyNode();
      if (key instanceof ScalarNode k && Tag.MERGE.equals(k.getTag())) {
        Node v = t.getValueNode();
        List<Node> sources = v instanceof SequenceNode seq ? seq.getValue() : List.of(v);
        for (Node source : sources) {
          if (!(source instanceof MappingNode sm)) {
            throw new DecodeException("a YAML merge key must refer to a mapping or a list of mappings");
          }
          Map<String, Value> part = new LinkedHashMap<>();
          mapping(sm, part, range, path);
          // Earlier sources win over later ones.
          part.forEach(merged::putIfAbsent);
        }
        continue;
      }
      if (!(key instanceof ScalarNode k)) {
        throw new DecodeException("only scalar values can be used as YAML mapping keys");
      }
      entries.put(k.getValue(), toValue(t.getValueNode(), range, path));
    }
    merged.forEach(entries::putIfAbsent);
  }

  private static Value scalar(ScalarNode s, SourceRange range) throws DecodeException {
    Tag tag = s.getTag();
    String text = s.getValue();
    if (Tag.STR.equals(tag)) {
      return new StringValue(text, range);
    } else if (Tag.NULL.equals(tag)) {
      return new NullValue(range);
    } else if (Tag.BOOL.equals(tag)) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      if (!lower.equals("true") && !lower.equals("false")) {
        throw new DecodeException("cannot parse a YAML scalar as a bool");
      }
      return new BoolValue(lower.equals("true"), range);
    } else if (Tag.INT.equals(tag)) {
      try {
        BigInteger i = text.startsWith("0o") ? new BigInteger(text.substring(2), 8)
            : text.startsWith("0x") ? new BigInteger(text.substring(2), 16)
            : new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        return new NumberValue(new BigDecimal(i), range);
      } catch (NumberFormatException e) {
        throw new DecodeException("cannot parse a YAML scalar as an integer");
      }
    } else if (Tag.FLOAT.equals(tag)) {
      BigDecimal d = Conversions.parseNumber(text);
      if (d == null) {
        throw new DecodeException("infinite and NaN numbers are not supported");
      }
      return new NumberValue(d, range);
    }
    throw new DecodeException("unsupported YAML tag " + tag.getValue());
  }

  /** yamlencode's output; the value must be wholly known. */
  static String encode(Value v) {
    StringBuilder sb = new StringBuilder();
    if (isBlockCollection(v)) {
      block(v, 0, sb, false);
    } else {
      sb.append(inline(v, 0)).append('\n');
    }
    return sb.toString();
  }

  private static boolean isBlockCollection(Value v) {
    return (v instanceof MapValue m && m.size() > 0) || (v instanceof ListValue l && l.size() > 0);
  }

  /**
   * A non-empty collection in block style at {@code indent}, ending with a newline. When
   * {@code continuesLine}, its first line goes on the current line (after a list item's "- ").
   */
  private static void block(Value v, int indent, StringBuilder sb, boolean continuesLine) {
    String pad = " ".repeat(indent);
    boolean first = true;
    if (v instanceof MapValue m) {
      List<String> keys = new ArrayList<>(m.keys());
      keys.sort(Conversions::compareCodePoints);
      for (String k : keys) {
        if (!(first && continuesLine)) {
          sb.append(pad);
        }
        first = false;
        sb.append(doubleQuoted(k)).append(':');
        Value e = m.get(k);
        if (e instanceof MapValue em && em.size() > 0) {
          sb.append('\n');
          block(e, indent + 2, sb, false);
        } else if (e instanceof ListValue el && el.size() > 0) {
          // go-yaml does not indent a sequence under a mapping key.
          sb.append('\n');
          block(e, indent, sb, false);
        } else {
          sb.append(' ').append(inline(e, indent + 2)).append('\n');
        }
      }
    } else {
      for (Value e : ((ListValue) v).elements()) {
        if (!(first && continuesLine)) {
          sb.append(pad);
        }
        first = false;
        sb.append("- ");
        if (isBlockCollection(e)) {
          block(e, indent + 2, sb, true);
        } else {
          sb.append(inline(e, indent + 2)).append('\n');
        }
      }
    }
  }

  /** A scalar or empty collection; multi-line strings use literal style indented to {@code indent}. */
  private static String inline(Value v, int indent) {
    if (v instanceof StringValue s) {
      String text = s.value();
      if (text.contains("\n") && isLiteralSafe(text)) {
        return literal(text, Math.max(indent, 2));
      }
      return doubleQuoted(text);
    } else if (v instanceof NumberValue n) {
      return Conversions.numberToString(n.value());
    } else if (v instanceof BoolValue b) {
      return Boolean.toString(b.value());
    } else if (v instanceof MapValue) {
      return "{}";
    } else if (v instanceof ListValue) {
      return "[]";
    }
    return "null";
  }

  private static boolean isLiteralSafe(String text) {
    return text.codePoints().allMatch(c -> c == '\n' || isPrintable(c)) && !text.startsWith(" ") && !text.startsWith("\n");
  }

  private static String literal(String text, int indent) {
    String chomp;
    String body = text;
    if (!text.endsWith("\n")) {
      chomp = "-";
    } else if (text.endsWith("\n\n")) {
      chomp = "+";
      body = text.substring(0, text.length() - 1);
    } else {
      chomp = "";
      body = text.substring(0, text.length() - 1);
    }
    StringBuilder sb = new StringBuilder("|").append(chomp);
    String pad = " ".repeat(indent);
    for (String line : body.split("\n", -1)) {
      sb.append('\n');
      if (!line.isEmpty()) {
        sb.append(pad).append(line);
      }
    }
    return sb.toString();
  }

  private static boolean isPrintable(int c) {
    return c == 0x0A || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static String doubleQuoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case 0 -> sb.append("\\0");
        case 0x07 -> sb.append("\\a");
        case 0x08 -> sb.append("\\b");
        case 0x09 -> sb.append("\\t");
        case 0x0A -> sb.append("\\n");
        case 0x0B -> sb.append("\\v");
        case 0x0C -> sb.append("\\f");
        case 0x0D -> sb.append("\\r");
        case 0x1B -> sb.append("\\e");
        case 0x85 -> sb.append("\\N");
        case 0xA0 -> sb.append("\\_");
        case 0x2028 -> sb.append("\\L");
        case 0x2029 -> sb.append("\\P");
        default -> {
          if (isPrintable(c)) {
            sb.appendCodePoint(c);
          } else if (c <= 0xFF) {
            sb.append(String.format("\\x%02X", c));
          } else if (c <= 0xFFFF) {
            sb.append(String.format("\\u%04X", c));
          } else {
            sb.append(String.format("\\U%08X", c));
          }
        }
      }
    });
    return sb.append('"').toString();
  }
}
