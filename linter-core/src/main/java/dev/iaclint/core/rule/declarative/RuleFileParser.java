package dev.iaclint.core.rule.declarative;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.net.Cidr;
import dev.iaclint.core.rule.AttributePath;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.RuleExample;
import dev.iaclint.core.rule.RuleMetadata;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads rule files. Every problem is reported at the exact YAML node, from SnakeYAML's marks, in
 * the user's terms ("unknown key 'asert' in a check; did you mean 'assert'?").
 */
final class RuleFileParser {
  private static final Set<String> RULE_KEYS = Set.of("id", "title", "severity", "category",
      "description", "remediation", "links", "equivalents", "match", "examples");
  private static final Set<String> MATCH_KEYS = Set.of("types", "where", "assert", "checks", "message", "severity");
  private static final Set<String> CHECK_KEYS = Set.of("assert", "message", "severity");
  private static final Set<String> SCANNERS = new TreeSet<>(List.of("checkov", "kics", "tfsec", "trivy"));
  private static final Set<String> COMBINATORS = Set.of("and", "or", "not");
  private static final Map<String, Condition.Relation> LINKS = Map.of(
      "parts", Condition.Relation.PARTS, "wholes", Condition.Relation.WHOLES,
      "references", Condition.Relation.REFERENCES, "referencedBy", Condition.Relation.REFERENCED_BY);
  private static final List<String> OPERATORS = List.of("equals", "notEquals", "in", "notIn", "matches",
      "notMatches", "exists", "absent", "empty", "gt", "gte", "lt", "lte", "cidrContains", "cidrWithin",
      "cidrAnywhere", "portsCover", "any", "all", "none");
  private static final Set<String> MODIFIERS = Set.of("whenAbsent", "whenComputed", "ignoreCase", "fromPort",
      "toPort", "protocol");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

  /** The file name an embedded example is written as, by format. */
  static final Map<SourceFormat, String> EXAMPLE_FILE_NAMES = new EnumMap<>(Map.of(
      SourceFormat.TERRAFORM, "main.tf",
      SourceFormat.CLOUDFORMATION, "template.yaml",
      SourceFormat.KUBERNETES, "manifests.yaml",
      SourceFormat.DOCKER_COMPOSE, "docker-compose.yml",
      SourceFormat.ELASTICSEARCH_CONFIG, "elasticsearch.yml"));

  private final SourceFile file;

  RuleFileParser(SourceFile file) {
    this.file = file;
  }

  /** Every rule in the file (one per YAML document). */
  List<DeclarativeRule> parse() throws RuleFileException {
    List<Node> documents = new ArrayList<>();
    try {
      for (Node n : new Yaml(new LoaderOptions()).composeAll(new StringReader(file.text()))) {
        documents.add(n);
      }
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : "not valid YAML";
      throw new RuleFileException(m == null ? SourceRange.startOf(file) : point(m), "not valid YAML: " + problem);
    } catch (YAMLException e) {
      throw new RuleFileException(SourceRange.startOf(file), "not valid YAML");
    }
    if (documents.isEmpty()) {
      throw new RuleFileException(SourceRange.startOf(file), "the file holds no rule");
    }
    List<DeclarativeRule> rules = new ArrayList<>();
    for (Node doc : documents) {
      rules.add(rule(doc));
    }
    return rules;
  }

  private DeclarativeRule rule(Node doc) throws RuleFileException {
    Map<String, NodeTuple> keys = entries(doc, RULE_KEYS, "a rule");
    Node idNode = required(keys, "id", doc, "a rule");
    String id = scalar(idNode, "id");
    if (!ID.matcher(id).matches()) {
      throw error(idNode, "rule id '" + id + "' may only hold letters, digits, '-', '_' and '.'");
    }
    String title = scalar(required(keys, "title", doc, "a rule"), "title");
    Severity severity = severity(required(keys, "severity", doc, "a rule"));
    Node categoryNode = required(keys, "category", doc, "a rule");
    Category category = Category.byId(scalar(categoryNode, "category"));
    if (category == null) {
      throw error(categoryNode, "unknown category '" + scalar(categoryNode, "category") + "'; expected one of "
          + String.join(", ", categoryIds()));
    }
    String description = optionalScalar(keys, "description");
    String remediation = optionalScalar(keys, "remediation");
    List<String> links = keys.containsKey("links") ? strings(value(keys, "links"), "links") : List.of();
    Map<String, List<String>> equivalents = new LinkedHashMap<>();
    if (keys.containsKey("equivalents")) {
      Node eq = value(keys, "equivalents");
      for (Map.Entry<String, NodeTuple> e : entries(eq, SCANNERS, "equivalents").entrySet()) {
        equivalents.put(e.getKey(), strings(e.getValue().getValueNode(), e.getKey()));
      }
    }
    Node matchNode = required(keys, "match", doc, "a rule");
    Map<SourceFormat, List<DeclarativeRule.Match>> matches = new EnumMap<>(SourceFormat.class);
    for (Map.Entry<String, NodeTuple> e : formatEntries(matchNode, "match").entrySet()) {
      SourceFormat format = SourceFormat.byId(e.getKey());
      Node body = e.getValue().getValueNode();
      List<DeclarativeRule.Match> list = new ArrayList<>();
      if (body instanceof SequenceNode seq) {
        if (seq.getValue().isEmpty()) {
          throw error(body, "match." + e.getKey() + " is an empty list");
        }
        for (Node item : seq.getValue()) {
          list.add(match(format, item));
        }
      } else {
        list.add(match(format, body));
      }
      matches.put(format, list);
    }
    if (matches.isEmpty()) {
      throw error(matchNode, "match names no format; expected one or more of " + formatIds());
    }
    List<RuleExample> examples = keys.containsKey("examples")
        ? examples(value(keys, "examples"), matches.keySet()) : List.of();
    List<DeclarativeRule.Match> all = new ArrayList<>();
    matches.values().forEach(all::addAll);
    RuleMetadata metadata = new RuleMetadata(id, title, severity, category, description, remediation, links,
        List.copyOf(matches.keySet()), equivalents);
    return new DeclarativeRule(metadata, all, examples, point(doc.getStartMark()));
  }

  private DeclarativeRule.Match match(SourceFormat format, Node node) throws RuleFileException {
    String where = "match." + format.id();
    Map<String, NodeTuple> keys = entries(node, MATCH_KEYS, where);
    Set<String> types = new LinkedHashSet<>(strings(required(keys, "types", node, where), "types"));
    if (types.isEmpty()) {
      throw error(value(keys, "types"), "types names no resource type");
    }
    Condition condition = keys.containsKey("where") ? condition(value(keys, "where")) : null;
    String message = optionalScalar(keys, "message");
    Severity severity = keys.containsKey("severity") ? severity(value(keys, "severity")) : null;
    List<DeclarativeRule.Check> checks = new ArrayList<>();
    if (keys.containsKey("assert") == keys.containsKey("checks")) {
      throw error(node, where + " needs either 'assert' (one condition) or 'checks' (a list of them)");
    }
    if (keys.containsKey("assert")) {
      checks.add(new DeclarativeRule.Check(condition(value(keys, "assert")), message, severity));
    } else {
      Node list = value(keys, "checks");
      if (!(list instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
        throw error(list, "checks is a non-empty list of {assert, message, severity}");
      }
      for (Node item : seq.getValue()) {
        Map<String, NodeTuple> c = entries(item, CHECK_KEYS, "a check");
        String m = optionalScalar(c, "message");
        Severity s = c.containsKey("severity") ? severity(value(c, "severity")) : null;
        checks.add(new DeclarativeRule.Check(condition(required(c, "assert", item, "a check")),
            m != null ? m : message, s != null ? s : severity));
      }
    }
    return new DeclarativeRule.Match(format, types, condition, checks);
  }

  Condition condition(Node node) throws RuleFileException {
    if (!(node instanceof MappingNode)) {
      throw error(node, "a condition is a mapping such as {path: encrypt_at_rest.enabled, equals: true}");
    }
    Set<String> allowed = new LinkedHashSet<>(COMBINATORS);
    allowed.add("path");
    allowed.addAll(LINKS.keySet());
    allowed.addAll(OPERATORS);
    allowed.addAll(MODIFIERS);
    Map<String, NodeTuple> keys = entries(node, allowed, "a condition");
    for (String c : COMBINATORS) {
      if (keys.containsKey(c)) {
        if (keys.size() > 1) {
          throw error(node, "'" + c + "' stands alone in its condition; put the other keys in a condition of their own");
        }
        Node arg = value(keys, c);
        if (c.equals("not")) {
          return new Condition.Not(condition(arg));
        }
        if (!(arg instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
          throw error(arg, "'" + c + "' takes a non-empty list of conditions");
        }
        List<Condition> parts = new ArrayList<>();
        for (Node item : seq.getValue()) {
          parts.add(condition(item));
        }
        return c.equals("and") ? new Condition.AllOf(parts) : new Condition.AnyOf(parts);
      }
    }
    List<String> selectors = new ArrayList<>();
    List<String> operators = new ArrayList<>();
    for (String k : keys.keySet()) {
      if (k.equals("path") || LINKS.containsKey(k)) {
        selectors.add(k);
      } else if (OPERATORS.contains(k)) {
        operators.add(k);
      }
    }
    if (selectors.size() > 1) {
      throw error(keyNode(keys, selectors.get(1)), "a condition has one of path, parts, wholes, references or"
          + " referencedBy, not both '" + selectors.get(0) + "' and '" + selectors.get(1) + "'");
    }
    if (operators.isEmpty()) {
      throw error(node, "a condition needs an operator: " + String.join(", ", OPERATORS));
    }
    if (operators.size() > 1) {
      throw error(keyNode(keys, operators.get(1)), "a condition has one operator, not both '" + operators.get(0)
          + "' and '" + operators.get(1) + "'; combine several with and/or");
    }
    String op = operators.get(0);
    Node arg = value(keys, op);
    String selector = selectors.isEmpty() ? "path" : selectors.get(0);
    checkModifiers(keys, op, LINKS.containsKey(selector));

    if (LINKS.containsKey(selector)) {
      Condition.Relation relation = LINKS.get(selector);
      Set<String> types = new LinkedHashSet<>(strings(value(keys, selector), selector));
      return switch (op) {
        case "any", "all", "none" -> new Condition.LinkQuantifier(relation, types, quantifier(op), condition(arg));
        case "exists", "absent" -> {
          boolean wanted = bool(arg, op) == op.equals("exists");
          yield new Condition.LinkQuantifier(relation, types,
              wanted ? Condition.Quantifier.ANY : Condition.Quantifier.NONE, new Condition.Always());
        }
        default -> throw error(keyNode(keys, op), "'" + selector + "' takes any, all, none, exists or absent, not '"
            + op + "'");
      };
    }
    AttributePath path = keys.containsKey("path") ? path(value(keys, "path")) : AttributePath.SELF;
    if (op.equals("any") || op.equals("all") || op.equals("none")) {
      return new Condition.PathQuantifier(path, quantifier(op), condition(arg));
    }
    Value whenAbsent = keys.containsKey("whenAbsent") ? constant(value(keys, "whenAbsent")) : null;
    boolean ignoreCase = keys.containsKey("ignoreCase") && bool(value(keys, "ignoreCase"), "ignoreCase");
    Operator operator = switch (op) {
      case "equals", "notEquals" -> new Operator.Equals(constant(arg), op.equals("notEquals"), ignoreCase);
      case "in", "notIn" -> {
        if (!(arg instanceof SequenceNode seq)) {
          throw error(arg, "'" + op + "' takes a list of values");
        }
        List<Value> values = new ArrayList<>();
        for (Node item : seq.getValue()) {
          values.add(constant(item));
        }
        yield new Operator.In(values, op.equals("notIn"), ignoreCase);
      }
      case "matches", "notMatches" -> {
        String re = scalar(arg, op);
        try {
          yield new Operator.Matches(Pattern.compile(re), op.equals("notMatches"));
        } catch (PatternSyntaxException e) {
          throw error(arg, "not a valid regular expression: " + e.getDescription());
        }
      }
      case "exists" -> new Operator.Exists(bool(arg, op));
      case "absent" -> new Operator.Exists(!bool(arg, op));
      case "empty" -> new Operator.Empty(bool(arg, op));
      case "gt", "gte", "lt", "lte" -> new Operator.Compare(op, number(arg, op));
      case "cidrContains", "cidrWithin" -> {
        Cidr cidr = Cidr.parse(scalar(arg, op));
        if (cidr == null) {
          throw error(arg, "'" + op + "' takes an address block such as 0.0.0.0/0 or ::/0");
        }
        yield new Operator.CidrTest(op.equals("cidrContains") ? Operator.CidrTest.Kind.CONTAINS
            : Operator.CidrTest.Kind.WITHIN, cidr, true);
      }
      case "cidrAnywhere" -> new Operator.CidrTest(Operator.CidrTest.Kind.ANYWHERE, null, bool(arg, op));
      case "portsCover" -> {
        BigDecimal port = number(arg, op);
        if (port.scale() > 0 && port.stripTrailingZeros().scale() > 0 || port.signum() < 0
            || port.compareTo(BigDecimal.valueOf(65535)) > 0) {
          throw error(arg, "'portsCover' takes a port number from 0 to 65535");
        }
        yield new Operator.PortsCover(port.intValue(),
            keys.containsKey("fromPort") ? path(value(keys, "fromPort")) : AttributePath.parse("from_port"),
            keys.containsKey("toPort") ? path(value(keys, "toPort")) : AttributePath.parse("to_port"),
            keys.containsKey("protocol") ? path(value(keys, "protocol")) : AttributePath.parse("protocol"));
      }
      default -> throw new IllegalStateException("operator " + op);
    };
    Boolean whenComputed = keys.containsKey("whenComputed") ? bool(value(keys, "whenComputed"), "whenComputed") : null;
    return new Condition.PathTest(path, operator, whenAbsent, whenComputed);
  }

  private void checkModifiers(Map<String, NodeTuple> keys, String op, boolean link) throws RuleFileException {
    boolean quantifier = op.equals("any") || op.equals("all") || op.equals("none");
    if (keys.containsKey("whenAbsent") && (quantifier || link)) {
      throw error(keyNode(keys, "whenAbsent"), "whenAbsent goes with a test on one attribute, not with '" + op + "'");
    }
    if (keys.containsKey("whenComputed") && (quantifier || link)) {
      throw error(keyNode(keys, "whenComputed"), "whenComputed goes with a test on one attribute, not with '" + op
          + "'");
    }
    if (keys.containsKey("ignoreCase") && !List.of("equals", "notEquals", "in", "notIn").contains(op)) {
      throw error(keyNode(keys, "ignoreCase"), "ignoreCase goes with equals, notEquals, in or notIn");
    }
    for (String m : List.of("fromPort", "toPort", "protocol")) {
      if (keys.containsKey(m) && !op.equals("portsCover")) {
        throw error(keyNode(keys, m), m + " goes with portsCover");
      }
    }
  }

  private static Condition.Quantifier quantifier(String op) {
    return Condition.Quantifier.valueOf(op.toUpperCase(Locale.ROOT));
  }

  private AttributePath path(Node node) throws RuleFileException {
    if (node instanceof SequenceNode seq) {
      List<String> segments = new ArrayList<>();
      for (Node item : seq.getValue()) {
        segments.add(scalar(item, "path"));
      }
      return AttributePath.of(segments);
    }
    try {
      return AttributePath.parse(scalar(node, "path"));
    } catch (IllegalArgumentException e) {
      throw error(node, e.getMessage());
    }
  }

  private List<RuleExample> examples(Node node, Set<SourceFormat> formats) throws RuleFileException {
    List<RuleExample> result = new ArrayList<>();
    for (Map.Entry<String, NodeTuple> e : formatEntries(node, "examples").entrySet()) {
      SourceFormat format = SourceFormat.byId(e.getKey());
      if (!formats.contains(format)) {
        throw error(e.getValue().getKeyNode(), "examples for " + e.getKey() + ", which match does not cover");
      }
      Map<String, NodeTuple> kinds = entries(e.getValue().getValueNode(), Set.of("good", "bad"),
          "examples." + e.getKey());
      for (RuleExample.Kind kind : RuleExample.Kind.values()) {
        if (!kinds.containsKey(kind.id())) {
          continue;
        }
        Node value = value(kinds, kind.id());
        List<Node> items = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        int n = 0;
        for (Node item : items) {
          n++;
          String name = kind.id() + (items.size() > 1 ? "-" + n : "");
          result.add(new RuleExample(format, kind, name, exampleFiles(item, format)));
        }
      }
    }
    return result;
  }

  private List<RuleExample.ExampleFile> exampleFiles(Node item, SourceFormat format) throws RuleFileException {
    if (item instanceof ScalarNode s) {
      return List.of(new RuleExample.ExampleFile(EXAMPLE_FILE_NAMES.get(format), s.getValue()));
    }
    if (item instanceof MappingNode m) {
      List<RuleExample.ExampleFile> files = new ArrayList<>();
      for (NodeTuple t : m.getValue()) {
        String name = scalar(t.getKeyNode(), "file name");
        if (name.isEmpty() || name.startsWith("/") || name.contains("..") || name.contains("\\")) {
          throw error(t.getKeyNode(), "an example file name is a relative path such as main.tf");
        }
        files.add(new RuleExample.ExampleFile(name, scalar(t.getValueNode(), name)));
      }
      if (files.isEmpty()) {
        throw error(item, "an example needs at least one file");
      }
      return files;
    }
    throw error(item, "an example is the file's text, or a mapping of file names to texts");
  }

  // ---- YAML helpers -------------------------------------------------------------------------

  private Map<String, NodeTuple> formatEntries(Node node, String where) throws RuleFileException {
    Set<String> ids = new LinkedHashSet<>();
    for (SourceFormat f : SourceFormat.values()) {
      ids.add(f.id());
    }
    return entries(node, ids, where);
  }

  /** The keys of a mapping; unknown or repeated keys are errors. */
  private Map<String, NodeTuple> entries(Node node, Set<String> allowed, String where) throws RuleFileException {
    if (!(node instanceof MappingNode m)) {
      throw error(node, where + " must be a mapping");
    }
    Map<String, NodeTuple> result = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String key = scalar(t.getKeyNode(), "key");
      if (!allowed.contains(key)) {
        String suggestion = closest(key, allowed);
        throw error(t.getKeyNode(), "unknown key '" + key + "' in " + where
            + (suggestion != null ? "; did you mean '" + suggestion + "'?" : "; expected one of "
                + String.join(", ", new TreeSet<>(allowed))));
      }
      if (result.put(key, t) != null) {
        throw error(t.getKeyNode(), "'" + key + "' appears twice in " + where);
      }
    }
    return result;
  }

  private Node required(Map<String, NodeTuple> keys, String key, Node owner, String where) throws RuleFileException {
    NodeTuple t = keys.get(key);
    if (t == null) {
      throw error(owner, where + " is missing '" + key + "'");
    }
    return t.getValueNode();
  }

  private static Node value(Map<String, NodeTuple> keys, String key) {
    return keys.get(key).getValueNode();
  }

  private static Node keyNode(Map<String, NodeTuple> keys, String key) {
    return keys.get(key).getKeyNode();
  }

  private String optionalScalar(Map<String, NodeTuple> keys, String key) throws RuleFileException {
    return keys.containsKey(key) ? scalar(value(keys, key), key).strip() : null;
  }

  private String scalar(Node node, String what) throws RuleFileException {
    if (!(node instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
      throw error(node, what + " must be a single value");
    }
    return s.getValue();
  }

  private List<String> strings(Node node, String what) throws RuleFileException {
    if (node instanceof SequenceNode seq) {
      List<String> result = new ArrayList<>();
      for (Node item : seq.getValue()) {
        result.add(scalar(item, what));
      }
      return result;
    }
    return List.of(scalar(node, what));
  }

  private boolean bool(Node node, String what) throws RuleFileException {
    if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
      return truthy(s.getValue());
    }
    throw error(node, what + " takes true or false");
  }

  private BigDecimal number(Node node, String what) throws RuleFileException {
    if (node instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
      BigDecimal n = parseNumber(s.getValue());
      if (n != null) {
        return n;
      }
    }
    throw error(node, what + " takes a number");
  }

  private Severity severity(Node node) throws RuleFileException {
    String text = scalar(node, "severity");
    Severity s = Severity.parse(text);
    if (s == null) {
      throw error(node, "unknown severity '" + text + "'; expected CRITICAL, HIGH, MEDIUM or LOW");
    }
    return s;
  }

  /** A YAML constant as a value: booleans, numbers and null by YAML's own typing, the rest strings. */
  Value constant(Node node) throws RuleFileException {
    SourceRange r = range(node);
    if (node instanceof ScalarNode s) {
      Tag tag = s.getTag();
      if (tag.equals(Tag.BOOL)) {
        return new BoolValue(truthy(s.getValue()), r);
      }
      if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
        BigDecimal n = parseNumber(s.getValue());
        return n != null ? new NumberValue(n, r) : new StringValue(s.getValue(), r);
      }
      if (tag.equals(Tag.NULL)) {
        return new NullValue(r);
      }
      return new StringValue(s.getValue(), r);
    }
    if (node instanceof SequenceNode seq) {
      List<Value> items = new ArrayList<>();
      for (Node item : seq.getValue()) {
        items.add(constant(item));
      }
      return ListValue.tuple(items, r);
    }
    MappingNode m = (MappingNode) node;
    Map<String, Value> entries = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      entries.put(scalar(t.getKeyNode(), "key"), constant(t.getValueNode()));
    }
    return MapValue.object(entries, r);
  }

  private static boolean truthy(String yamlBool) {
    return switch (yamlBool.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "y" -> true;
      default -> false;
    };
  }

  private static BigDecimal parseNumber(String text) {
    try {
      return new BigDecimal(text.replace("_", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String closest(String key, Set<String> allowed) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String a : allowed) {
      int d = distance(key.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = a;
      }
    }
    return bestDistance <= Math.max(1, key.length() / 3) ? best : null;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static List<String> categoryIds() {
    List<String> ids = new ArrayList<>();
    for (Category c : Category.values()) {
      ids.add(c.id());
    }
    return ids;
  }

  private static String formatIds() {
    List<String> ids = new ArrayList<>();
    for (SourceFormat f : SourceFormat.values()) {
      ids.add(f.id());
    }
    return String.join(", ", ids);
  }

  private RuleFileException error(Node node, String message) {
    return new RuleFileException(range(node), message);
  }

  SourceRange range(Node node) {
    Mark start = node.getStartMark();
    Mark end = node.getEndMark();
    if (start == null) {
      return SourceRange.startOf(file);
    }
    if (end == null || end.getIndex() < start.getIndex()) {
      return point(start);
    }
    return new SourceRange(file, start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1,
        end.getColumn() + 1, start.getIndex(), end.getIndex());
  }

  private SourceRange point(Mark m) {
    return new SourceRange(file, m.getLine() + 1, m.getColumn() + 1, m.getLine() + 1, m.getColumn() + 1,
        m.getIndex(), m.getIndex());
  }
}
