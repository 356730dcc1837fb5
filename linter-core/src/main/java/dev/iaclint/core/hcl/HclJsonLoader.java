package dev.iaclint.core.hcl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.BlockLabel;
import dev.iaclint.core.hcl.ast.Body;
import dev.iaclint.core.hcl.ast.BodyItem;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.HclFile;
import dev.iaclint.core.hcl.ast.InvalidExpr;
import dev.iaclint.core.hcl.ast.LiteralExpr;
import dev.iaclint.core.hcl.ast.ObjectExpr;
import dev.iaclint.core.hcl.ast.ObjectItem;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.hcl.ast.TemplatePart;
import dev.iaclint.core.hcl.ast.TupleExpr;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads Terraform's JSON syntax ({@code .tf.json}, {@code .tfvars.json}) into the same AST as
 * native files, following the HCL JSON spec.
 *
 * <p>Without provider schemas a nested JSON object could be a block or an object-valued
 * attribute. Terraform's own block types are known (top-level {@code resource}, {@code module}
 * ... and the meta blocks {@code lifecycle}, {@code provisioner}, {@code connection},
 * {@code dynamic}); everything else inside a resource is kept as an attribute whose value is an
 * {@link ObjectExpr} or {@link TupleExpr}, which rules can read just like a block.
 *
 * <p>Strings are templates ({@code "${var.x}"}) parsed with positions inside the JSON file; in
 * {@code .tfvars.json} they are literal text, as Terraform reads them. A property named
 * {@code "//"} in a body is a comment and is skipped.
 */
public final class HclJsonLoader {

  /** How the top level is read. */
  public enum Mode {
    /** A {@code .tf.json} file: blocks at the top level, strings are templates. */
    CONFIGURATION,
    /** A {@code .tfvars.json} file: variable values as attributes, strings are literal. */
    VARIABLES
  }

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** Labels of Terraform's top-level block types. */
  private static final Map<String, Integer> TOP_LEVEL = Map.ofEntries(
      Map.entry("resource", 2), Map.entry("data", 2), Map.entry("ephemeral", 2),
      Map.entry("module", 1), Map.entry("variable", 1), Map.entry("output", 1),
      Map.entry("provider", 1), Map.entry("check", 1),
      Map.entry("locals", 0), Map.entry("terraform", 0), Map.entry("moved", 0),
      Map.entry("import", 0), Map.entry("removed", 0));

  /** Attributes whose string values are expressions (references), not templates. */
  private static final Set<String> REFERENCE_LISTS = Set.of("depends_on", "ignore_changes",
      "replace_triggered_by");

  private final SourceFile file;
  private final String text;
  private final Mode mode;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private HclJsonLoader(SourceFile file, Mode mode) {
    this.file = file;
    this.text = file.text();
    this.mode = mode;
  }

  /** Loads {@code file}; {@code *.tfvars.json} as variables, anything else as configuration. */
  public static HclParseResult load(SourceFile file) {
    Mode mode = file.displayPath().endsWith(".tfvars.json") ? Mode.VARIABLES : Mode.CONFIGURATION;
    return load(file, mode);
  }

  public static HclParseResult load(SourceFile file, Mode mode) {
    return new HclJsonLoader(file, mode).run();
  }

  private HclParseResult run() {
    SourceRange whole = file.rangeOfChars(0, text.length());
    Body body = new Body(List.of(), whole);
    try {
      JValue root = readDocument();
      if (root != null) {
        if (root instanceof JObject o) {
          body = new Body(mode == Mode.VARIABLES ? attributesOnly(o) : topLevel(o), whole);
        } else {
          error(root.start, root.end, "the top level of a Terraform JSON file must be an object");
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      error(0, 0, "internal error while reading JSON (" + e.getClass().getSimpleName()
          + "); please report it");
    }
    diagnostics.sort(Diagnostic.ORDER);
    return new HclParseResult(new HclFile(file, body, List.of()), null, diagnostics);
  }

  // ---------------------------------------------------------------- JSON with positions

  /** A JSON value and its UTF-16 span in the file. */
  private abstract static class JValue {
    int start;
    int end;
  }

  private static final class JObject extends JValue {
    final List<JProp> props = new ArrayList<>();
  }

  private static final class JArray extends JValue {
    final List<JValue> items = new ArrayList<>();
  }

  private static final class JScalar extends JValue {
    JsonToken kind;
    String value;
  }

  private record JProp(String name, int nameStart, int nameEnd, JValue value) {
  }

  private JValue readDocument() {
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() == null) {
        error(0, 0, "empty JSON file; expected an object");
        return null;
      }
      JValue v = readValue(p);
      if (p.nextToken() != null) {
        int at = offset(p.currentTokenLocation());
        error(at, at + 1, "unexpected content after the end of the top-level JSON value");
      }
      return v;
    } catch (JsonProcessingException e) {
      int at = e.getLocation() == null ? 0 : offset(e.getLocation());
      error(at, Math.min(text.length(), at + 1), jsonMessage(e));
      return null;
    } catch (IOException e) {
      error(0, 0, "could not read JSON: " + e.getMessage());
      return null;
    }
  }

  private JValue readValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    int start = offset(p.currentTokenLocation());
    if (t == JsonToken.START_OBJECT) {
      JObject o = new JObject();
      o.start = start;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        int nameStart = offset(p.currentTokenLocation());
        String name = p.currentName();
        int nameEnd = stringEnd(nameStart);
        p.nextToken();
        o.props.add(new JProp(name, nameStart, nameEnd, readValue(p)));
      }
      o.end = offset(p.currentTokenLocation()) + 1;
      return o;
    }
    if (t == JsonToken.START_ARRAY) {
      JArray a = new JArray();
      a.start = start;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        a.items.add(readValue(p));
      }
      a.end = offset(p.currentTokenLocation()) + 1;
      return a;
    }
    JScalar s = new JScalar();
    s.kind = t;
    s.start = start;
    s.value = p.getText();
    s.end = t == JsonToken.VALUE_STRING ? stringEnd(start) : start + s.value.length();
    return s;
  }

  /** The index just after the string literal whose opening quote is at {@code quote}. */
  private int stringEnd(int quote) {
    int i = quote + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }

  private int offset(JsonLocation loc) {
    long chars = loc.getCharOffset();
    if (chars >= 0) {
      return (int) Math.min(chars, text.length());
    }
    int line = Math.max(1, loc.getLineNr());
    return Math.min(text.length(), file.lineStartIndex(line) + Math.max(0, loc.getColumnNr() - 1));
  }

  /** Jackson's message without its source excerpt and character codes. */
  private static String jsonMessage(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "invalid JSON";
    }
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    // "Unrecognized token 'AKIA…': was expecting …" quotes the input, which may be a secret.
    m = m.replaceAll("(?i)(unrecognized token) '[^']*'", "$1");
    m = m.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\(CTRL-CHAR, code \\d+\\)", "control character");
    return "invalid JSON: " + m;
  }

  // ---------------------------------------------------------------- Terraform structure

  private List<BodyItem> topLevel(JObject o) {
    List<BodyItem> items = new ArrayList<>();
    Map<String, JProp> attrs = new HashMap<>();
    for (JProp prop : o.props) {
      if (prop.name.equals("//")) {
        continue;
      }
      Integer labels = TOP_LEVEL.get(prop.name);
      if (labels == null) {
        addAttribute(items, attrs, prop, expression(prop.value));
      } else {
        blocks(prop, labels, List.of(), prop.value, items);
      }
    }
    return items;
  }

  /** Expands {@code prop} into blocks: {@code remaining} label levels, then one body or an array. */
  private void blocks(JProp type, int remaining, List<BlockLabel> labels, JValue value, List<BodyItem> out) {
    if (remaining > 0) {
      if (value instanceof JArray a) {
        for (JValue item : a.items) {
          blocks(type, remaining, labels, item, out);
        }
        return;
      }
      if (!(value instanceof JObject o)) {
        error(value.start, value.end, "expected an object of '" + type.name + "' blocks keyed by label");
        return;
      }
      for (JProp label : o.props) {
        List<BlockLabel> more = new ArrayList<>(labels);
        more.add(new BlockLabel(label.name, true, range(label.nameStart, label.nameEnd)));
        blocks(type, remaining - 1, more, label.value, out);
      }
      return;
    }
    if (value instanceof JArray a) {
      for (JValue item : a.items) {
        blocks(type, 0, labels, item, out);
      }
      return;
    }
    if (!(value instanceof JObject o)) {
      error(value.start, value.end, "expected an object for the body of the '" + type.name + "' block");
      return;
    }
    out.add(block(type, labels, o));
  }

  private Block block(JProp type, List<BlockLabel> labels, JObject o) {
    SourceRange typeRange = range(type.nameStart, type.nameEnd);
    Body body = new Body(blockBody(type.name, labels, o), range(o.start + 1, Math.max(o.start + 1, o.end - 1)));
    // A labelled block starts at its innermost label ("logs": {), not at the "resource" key that all
    // the file's resources share: that is where a finding about the whole resource points.
    SourceRange whole = labels.isEmpty() ? range(type.nameStart, o.end)
        : SourceRange.span(labels.get(labels.size() - 1).range(), range(o.end - 1, o.end));
    return new Block(type.name, typeRange, labels, body, range(o.start, o.start + 1),
        range(o.end - 1, o.end), whole);
  }

  /** The body of a block of {@code type}: Terraform's nested block types become blocks. */
  private List<BodyItem> blockBody(String type, List<BlockLabel> labels, JObject o) {
    List<BodyItem> items = new ArrayList<>();
    Map<String, JProp> attrs = new HashMap<>();
    for (JProp prop : o.props) {
      if (prop.name.equals("//")) {
        continue;
      }
      int nested = nestedBlockLabels(type, prop.name);
      if (nested >= 0 && (prop.value instanceof JObject || prop.value instanceof JArray)) {
        blocks(prop, nested, List.of(), prop.value, items);
        continue;
      }
      addAttribute(items, attrs, prop, attributeValue(type, prop));
    }
    return items;
  }

  /** Label count of block {@code name} nested in a block of {@code parent}, or -1 for attributes. */
  private static int nestedBlockLabels(String parent, String name) {
    switch (parent) {
      case "locals":
        return -1;
      case "terraform":
        return switch (name) {
          case "backend" -> 1;
          case "cloud", "required_providers" -> 0;
          default -> -1;
        };
      case "variable":
        return name.equals("validation") ? 0 : -1;
      case "output":
        return name.equals("precondition") ? 0 : -1;
      case "check":
        return switch (name) {
          case "data" -> 2;
          case "assert" -> 0;
          default -> -1;
        };
      case "lifecycle":
        return name.equals("precondition") || name.equals("postcondition") ? 0 : -1;
      case "provisioner":
        return name.equals("connection") ? 0 : -1;
      case "dynamic":
        return name.equals("content") ? 0 : -1;
      case "removed":
        return switch (name) {
          case "lifecycle" -> 0;
          case "provisioner" -> 1;
          default -> -1;
        };
      case "module", "provider", "moved", "import":
        return -1;
      default:
        // resource, data, ephemeral, nested blocks of those, and dynamic content.
        return switch (name) {
          case "lifecycle", "connection" -> 0;
          case "provisioner", "dynamic" -> 1;
          default -> -1;
        };
    }
  }

  private Expression attributeValue(String blockType, JProp prop) {
    String name = prop.name;
    boolean reference = switch (blockType) {
      case "variable" -> name.equals("type");
      case "moved" -> name.equals("from") || name.equals("to");
      case "import" -> name.equals("to") || name.equals("provider");
      case "removed" -> name.equals("from");
      case "locals", "terraform", "output", "check", "provider" -> false;
      default -> name.equals("provider");
    };
    if (reference && prop.value instanceof JScalar s && s.kind == JsonToken.VALUE_STRING) {
      return nativeExpression(s);
    }
    if (REFERENCE_LISTS.contains(name) && prop.value instanceof JArray a) {
      List<Expression> items = new ArrayList<>();
      for (JValue v : a.items) {
        items.add(v instanceof JScalar s && s.kind == JsonToken.VALUE_STRING ? nativeExpression(s) : expression(v));
      }
      return new TupleExpr(items, range(a.start, a.end));
    }
    if (blockType.equals("module") && name.equals("providers") && prop.value instanceof JObject o) {
      List<ObjectItem> items = new ArrayList<>();
      for (JProp p : o.props) {
        Expression key = new LiteralExpr(p.name, range(p.nameStart, p.nameEnd));
        Expression v = p.value instanceof JScalar s && s.kind == JsonToken.VALUE_STRING
            ? nativeExpression(s) : expression(p.value);
        items.add(new ObjectItem(key, false, v, range(p.nameStart, p.value.end)));
      }
      return new ObjectExpr(items, range(o.start, o.end));
    }
    return expression(prop.value);
  }

  private List<BodyItem> attributesOnly(JObject o) {
    List<BodyItem> items = new ArrayList<>();
    Map<String, JProp> attrs = new HashMap<>();
    for (JProp prop : o.props) {
      addAttribute(items, attrs, prop, expression(prop.value));
    }
    return items;
  }

  private void addAttribute(List<BodyItem> items, Map<String, JProp> seen, JProp prop, Expression value) {
    JProp first = seen.putIfAbsent(prop.name, prop);
    SourceRange nameRange = range(prop.nameStart, prop.nameEnd);
    if (first != null) {
      error(prop.nameStart, prop.nameEnd, "attribute '" + prop.name + "' is already defined at line "
          + file.lineOf(first.nameStart));
    }
    items.add(new Attribute(prop.name, nameRange, value, range(prop.nameStart, prop.value.end)));
  }

  // ---------------------------------------------------------------- expressions

  private Expression expression(JValue v) {
    SourceRange r = range(v.start, v.end);
    if (v instanceof JObject o) {
      List<ObjectItem> items = new ArrayList<>(o.props.size());
      Map<String, JProp> seen = new HashMap<>();
      for (JProp p : o.props) {
        JProp first = seen.putIfAbsent(p.name, p);
        if (first != null) {
          error(p.nameStart, p.nameEnd, "duplicate key '" + p.name + "' in object; the first is at line "
              + file.lineOf(first.nameStart));
        }
        items.add(new ObjectItem(key(p), false, expression(p.value), range(p.nameStart, p.value.end)));
      }
      return new ObjectExpr(items, r);
    }
    if (v instanceof JArray a) {
      List<Expression> items = new ArrayList<>(a.items.size());
      for (JValue item : a.items) {
        items.add(expression(item));
      }
      return new TupleExpr(items, r);
    }
    JScalar s = (JScalar) v;
    return switch (s.kind) {
      case VALUE_STRING -> template(s.value, s.start, s.end);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new LiteralExpr(new BigDecimal(s.value), r);
      case VALUE_TRUE -> new LiteralExpr(Boolean.TRUE, r);
      case VALUE_FALSE -> new LiteralExpr(Boolean.FALSE, r);
      default -> new LiteralExpr(null, r);
    };
  }

  private Expression key(JProp p) {
    if (mode == Mode.CONFIGURATION && hasTemplateSequence(p.name)) {
      return template(p.name, p.nameStart, p.nameEnd);
    }
    return new LiteralExpr(p.name, range(p.nameStart, p.nameEnd));
  }

  private static boolean hasTemplateSequence(String s) {
    return s.contains("${") || s.contains("%{");
  }

  /** A JSON string as a template; {@code start}/{@code end} include the quotes. */
  private Expression template(String value, int start, int end) {
    SourceRange r = range(start, end);
    if (mode == Mode.VARIABLES || !hasTemplateSequence(value)) {
      List<TemplatePart> parts = value.isEmpty() ? List.of()
          : List.of(new TemplatePart.Literal(AstBuilder.nfc(value), range(start + 1, Math.max(start + 1, end - 1))));
      return new TemplateExpr(parts, false, r);
    }
    HclParseResult parsed = HclParser.parseTemplate(value, file, charMap(value, start + 1, end - 1));
    diagnostics.addAll(parsed.diagnostics());
    if (parsed.expression() instanceof TemplateExpr t) {
      return new TemplateExpr(t.parts(), false, r);
    }
    return new InvalidExpr(r);
  }

  /** A JSON string holding a native expression, e.g. variable {@code "type": "list(string)"}. */
  private Expression nativeExpression(JScalar s) {
    HclParseResult parsed = HclParser.parseExpression(s.value, file, charMap(s.value, s.start + 1, s.end - 1));
    diagnostics.addAll(parsed.diagnostics());
    return parsed.expression();
  }

  /**
   * Maps indexes of a decoded JSON string to indexes of its source between the quotes, so that
   * positions stay exact even after escapes such as {@code \"} or {@code \u00e9}.
   */
  private java.util.function.IntUnaryOperator charMap(String decoded, int rawStart, int rawEnd) {
    if (text.indexOf('\\', rawStart) < 0 || text.indexOf('\\', rawStart) >= rawEnd) {
      return i -> rawStart + i;
    }
    int[] map = new int[decoded.length() + 1];
    int d = 0;
    int i = rawStart;
    while (i < rawEnd && d < decoded.length()) {
      map[d++] = i;
      if (text.charAt(i) == '\\') {
        i += i + 1 < rawEnd && text.charAt(i + 1) == 'u' ? 6 : 2;
      } else {
        i++;
      }
    }
    while (d <= decoded.length()) {
      map[d++] = Math.min(i, rawEnd);
    }
    return k -> map[Math.max(0, Math.min(k, map.length - 1))];
  }

  private SourceRange range(int start, int end) {
    return file.rangeOfChars(start, Math.max(start, end));
  }

  private void error(int start, int end, String message) {
    diagnostics.add(Diagnostic.error(range(start, end), message));
  }
}
