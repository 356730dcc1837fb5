package dev.iaclint.core.yaml;

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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML stream into positioned values with SnakeYAML's composer (never its constructor, so
 * no Java object is ever instantiated from input).
 *
 * <p>Plain scalars follow YAML 1.1 as Kubernetes and CloudFormation read them for booleans
 * ({@code yes}/{@code no}/{@code on}/{@code off}) and octal ({@code 0644}), but never sexagesimal
 * ({@code 9200:9200} stays a string) and never timestamps (dates stay strings). Merge keys
 * ({@code <<: *defaults}) are applied; duplicate keys are reported with both positions.
 */
final class YamlReader {
  private static final Pattern BOOL = Pattern.compile(
      "^(?:true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$");
  private static final Pattern INT = Pattern.compile(
      "^(?:[-+]?0b[01_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$");
  private static final Pattern FLOAT = Pattern.compile(
      "^(?:[-+]?(?:[0-9][0-9_]*\\.[0-9_]*|\\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?"
          + "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
  private static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL| )$");
  private static final Pattern EMPTY = Pattern.compile("^$");
  private static final Pattern MERGE = Pattern.compile("^(?:<<)$");
  private static final Set<Character> TRUE_START = Set.of('t', 'T', 'y', 'Y');

  /** SnakeYAML's resolver with the scalar rules above. */
  private static final class ScalarResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "tTfFyYnNoO");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }

  /** A bound was hit or the tree is unusable; stops reading this document. */
  private static final class Abort extends RuntimeException {
    final SourceRange where;

    Abort(String message, SourceRange where) {
      super(message, null, false, false);
      this.where = where;
    }
  }

  private final Positions positions;
  private final Resolver resolver = new ScalarResolver();
  private final Map<Value, String> tags = new IdentityHashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
  private int valueCount;

  private YamlReader(Positions positions) {
    this.positions = positions;
  }

  static ParsedData read(Positions positions, boolean templateCode) {
    return new YamlReader(positions).readAll(templateCode);
  }

  private ParsedData readAll(boolean templateCode) {
    List<Value> roots = new ArrayList<>();
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(Limits.MAX_COLLECTION_ALIASES);
    options.setNestingDepthLimit(Limits.MAX_DEPTH);
    options.setCodePointLimit(Limits.MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    options.setTagInspector(tag -> true);
    try {
      Composer composer = new Composer(
          new ParserImpl(new StreamReader(positions.file().text()), options), resolver, options);
      while (composer.checkNode()) {
        Node node = composer.getNode();
        try {
          roots.add(convert(node, 0));
        } catch (Abort a) {
          diagnostics.add(Diagnostic.error(a.where, a.getMessage()));
        }
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Integer contextLine = e.getContextMark() != null && e.getProblemMark() != null
          && e.getContextMark().getLine() != e.getProblemMark().getLine()
          ? e.getContextMark().getLine() + 1 : null;
      SourceRange at = mark == null ? SourceRange.startOf(positions.file())
          : positions.pointAtCodePoint(mark.getIndex());
      diagnostics.add(Diagnostic.error(at, SyntaxMessages.yaml(e.getProblem(), e.getContext(), contextLine)));
    } catch (YAMLException e) {
      diagnostics.add(Diagnostic.error(SourceRange.startOf(positions.file()),
          SyntaxMessages.yaml(e.getMessage(), null, null)));
    } catch (StackOverflowError e) {
      diagnostics.add(Diagnostic.error(SourceRange.startOf(positions.file()),
          "invalid YAML: mappings and lists are nested too deeply"));
    }
    return new ParsedData(positions.file(), ParsedData.Syntax.YAML, roots, tags, diagnostics, templateCode);
  }

  private Value convert(Node node, int depth) {
    if (++valueCount > Limits.MAX_VALUES) {
      throw new Abort("the document expands to more than " + Limits.MAX_VALUES
          + " values through aliases; it is not read", rangeOf(node));
    }
    if (depth > Limits.MAX_DEPTH) {
      throw new Abort("mappings and lists are nested more than " + Limits.MAX_DEPTH
          + " levels deep (through aliases); the document is not read", rangeOf(node));
    }
    if (onPath.put(node, Boolean.TRUE) != null) {
      throw new Abort("an alias refers to a mapping or list that contains it; recursive structures are not supported",
          rangeOf(node));
    }
    try {
      Value value = switch (node.getNodeId()) {
        case scalar -> scalar((ScalarNode) node);
        case sequence -> sequence((SequenceNode) node, depth);
        case mapping -> mapping((MappingNode) node, depth);
        default -> new NullValue(rangeOf(node));
      };
      String tag = node.getTag().getValue();
      if (tag.startsWith("!") && tag.length() > 1) {
        tags.put(value, tag);
      }
      return value;
    } finally {
      onPath.remove(node);
    }
  }

  private Value scalar(ScalarNode node) {
    SourceRange range = rangeOf(node);
    String text = node.getValue();
    Tag tag = node.getTag();
    if (isLocal(tag)) {
      // The tag belongs to the format (!Ref); the content still reads as an untagged scalar.
      tag = node.isPlain() ? resolver.resolve(NodeId.scalar, text, true) : Tag.STR;
    }
    if (Tag.NULL.equals(tag)) {
      return new NullValue(range);
    }
    if (Tag.BOOL.equals(tag)) {
      String t = text.trim();
      return t.isEmpty() ? new StringValue(text, range) : new BoolValue(isTrue(t), range);
    }
    if (Tag.INT.equals(tag)) {
      BigInteger i = parseInt(text);
      return i == null ? new StringValue(text, range) : new NumberValue(new BigDecimal(i), range);
    }
    if (Tag.FLOAT.equals(tag)) {
      try {
        return new NumberValue(new BigDecimal(text.replace("_", "")), range);
      } catch (NumberFormatException | ArithmeticException e) {
        return new StringValue(text, range); // .inf, .nan: not representable, kept as written
      }
    }
    return new StringValue(text, range);
  }

  private static boolean isTrue(String text) {
    char c = text.charAt(0);
    return TRUE_START.contains(c) || text.equalsIgnoreCase("on");
  }

  static BigInteger parseInt(String text) {
    String s = text.replace("_", "");
    boolean negative = s.startsWith("-");
    if (s.startsWith("-") || s.startsWith("+")) {
      s = s.substring(1);
    }
    try {
      BigInteger v;
      if (s.startsWith("0x")) {
        v = new BigInteger(s.substring(2), 16);
      } else if (s.startsWith("0b")) {
        v = new BigInteger(s.substring(2), 2);
      } else if (s.startsWith("0o")) {
        v = new BigInteger(s.substring(2), 8);
      } else if (s.length() > 1 && s.startsWith("0")) {
        v = new BigInteger(s.substring(1), 8);
      } else {
        v = new BigInteger(s);
      }
      return negative ? v.negate() : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Value sequence(SequenceNode node, int depth) {
    List<Value> elements = new ArrayList<>(node.getValue().size());
    for (Node child : node.getValue()) {
      elements.add(convert(child, depth + 1));
    }
    return new ListValue(elements, ListValue.Kind.TUPLE, collectionRange(node, elements));
  }

  private Value mapping(MappingNode node, int depth) {
    Map<String, Value> entries = new LinkedHashMap<>();
    Map<String, SourceRange> memberRanges = new LinkedHashMap<>();
    Map<String, SourceRange> keyRanges = new LinkedHashMap<>();
    List<MapValue> merged = new ArrayList<>();
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        throw new Abort("a mapping or list is used as a key; keys must be plain text", rangeOf(keyNode));
      }
      Value value = convert(tuple.getValueNode(), depth + 1);
      SourceRange keyRange = rangeOf(keyNode);
      if (Tag.MERGE.equals(keyScalar.getTag())) {
        collectMerge(value, merged, keyRange);
        continue;
      }
      String key = keyScalar.getValue();
      SourceRange first = keyRanges.get(key);
      if (first != null) {
        diagnostics.add(Diagnostic.error(keyRange, "duplicate key '" + shorten(key) + "' (first at line "
            + first.startLine() + ", column " + first.startColumn() + "); the later value is used"));
        entries.remove(key);
        memberRanges.remove(key);
      }
      keyRanges.put(key, keyRange);
      entries.put(key, value);
      SourceRange valueRange = value.range();
      memberRanges.put(key, valueRange.endOffset() >= keyRange.endOffset()
          && valueRange.file() == keyRange.file() ? SourceRange.span(keyRange, valueRange) : keyRange);
    }
    // Merged members come first in YAML's reading, but explicit keys win.
    for (MapValue m : merged) {
      for (String key : m.keys()) {
        if (!entries.containsKey(key)) {
          entries.put(key, m.get(key));
          memberRanges.put(key, m.memberRange(key));
        }
      }
    }
    List<Value> children = new ArrayList<>(entries.values());
    List<SourceRange> ends = new ArrayList<>(memberRanges.values());
    SourceRange range = collectionRange(node, children);
    for (SourceRange r : ends) {
      if (r.endOffset() > range.endOffset() && range.contains(r.startPoint())) {
        range = SourceRange.span(range, r);
      }
    }
    return new MapValue(entries, memberRanges, MapValue.Kind.OBJECT, range, Origin.NONE);
  }

  private void collectMerge(Value value, List<MapValue> merged, SourceRange at) {
    if (value instanceof MapValue m) {
      merged.add(m);
    } else if (value instanceof ListValue l && l.elements().stream().allMatch(e -> e instanceof MapValue)) {
      l.elements().forEach(e -> merged.add((MapValue) e));
    } else {
      diagnostics.add(Diagnostic.error(at, "invalid YAML: '<<' must merge a mapping or a list of mappings"));
    }
  }

  private static String shorten(String key) {
    String k = key.replace('\n', ' ');
    return k.length() > 60 ? k.substring(0, 57) + "..." : k;
  }

  private static boolean isLocal(Tag tag) {
    String t = tag.getValue();
    return t.startsWith("!") && t.length() > 1;
  }

  private SourceRange rangeOf(Node node) {
    return positions.ofCodePoints(node.getStartMark().getIndex(), node.getEndMark().getIndex());
  }

  /**
   * A flow collection ends at its bracket; a block collection ends where its last member ends
   * (SnakeYAML's end mark lies at the next token, after any comments in between).
   */
  private SourceRange collectionRange(Node node, List<Value> children) {
    boolean flow = node instanceof MappingNode m ? m.getFlowStyle() == DumperOptions.FlowStyle.FLOW
        : ((SequenceNode) node).getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    int start = node.getStartMark().getIndex();
    if (flow || children.isEmpty()) {
      return positions.ofCodePoints(start, node.getEndMark().getIndex());
    }
    SourceRange begin = positions.pointAtCodePoint(start);
    SourceRange end = begin;
    for (Value child : children) {
      if (child.range().file() == begin.file() && child.range().endOffset() > end.endOffset()
          && child.range().startOffset() >= begin.startOffset()) {
        end = child.range();
      }
    }
    return SourceRange.span(begin, end);
  }
}
