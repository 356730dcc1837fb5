package dev.iaclint.core.terraform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iaclint.core.terraform.eval.Evaluator;
import dev.iaclint.core.terraform.eval.Operators;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attributes data sources compute locally, without asking a provider. {@code aws_iam_policy_document}
 * renders its {@code json} (and {@code minified_json}) exactly as the AWS provider does, so a
 * policy reaches rules as the same JSON whether it was written with {@code jsonencode}, a heredoc or
 * statement blocks.
 */
final class DataSources {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> STATEMENT_FIELDS = List.of("Sid", "Effect", "Action", "NotAction", "Resource",
      "NotResource", "Principal", "NotPrincipal", "Condition");

  private DataSources() {}

  /** {@code config} with the attributes of a {@code type} data source that can be computed locally. */
  static MapValue withComputed(String type, MapValue config, Evaluator constants) {
    if (!type.equals("aws_iam_policy_document")) {
      return config;
    }
    Value json;
    Value minified;
    try {
      ObjectNode doc = policyDocument(config);
      json = new StringValue(JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc),
          config.range());
      minified = new StringValue(JSON.writeValueAsString(doc), config.range());
    } catch (Unknown u) {
      String partial = partialJson(config);
      json = new UnknownValue(u.value.reason(), config.range(), u.value.origin(), false, partial);
      minified = json;
    } catch (Invalid e) {
      json = constants.error(e.at.range(), "Invalid aws_iam_policy_document: " + e.getMessage());
      minified = json;
    } catch (JsonProcessingException e) {
      json = new UnknownValue("the policy document could not be rendered", config.range());
      minified = json;
    }
    MapValue.Builder b = new MapValue.Builder(MapValue.Kind.BLOCK);
    config.entries().forEach((k, v) -> b.put(k, v, config.memberRanges().get(k)));
    b.put("json", json);
    b.put("minified_json", minified);
    return b.build(config.range());
  }

  /**
   * While set (on this thread), an unknown string renders as its {@code partialText} or {@link
   * UnknownValue#HOLE} instead of ending the rendering: see {@link #partialJson}.
   */
  private static final ThreadLocal<Boolean> RENDERING_PARTIAL = ThreadLocal.withInitial(() -> false);

  /**
   * The JSON with each unknown string (a resource ARN known only after apply) written as a hole,
   * so that the known parts (principals, effects, conditions) can still be read; {@code null} when
   * an unknown decides the document's shape (a list or block of unknown length).
   */
  private static String partialJson(MapValue config) {
    RENDERING_PARTIAL.set(true);
    try {
      return JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(policyDocument(config));
    } catch (Unknown | Invalid | JsonProcessingException e) {
      return null;
    } finally {
      RENDERING_PARTIAL.set(false);
    }
  }

  /** A part of the document is unknown: so is the JSON. */
  private static final class Unknown extends RuntimeException {
    final UnknownValue value;

    Unknown(UnknownValue value) {
      super(null, null, false, false);
      this.value = value;
    }
  }

  /** A part of the document is not what the provider accepts. */
  private static final class Invalid extends RuntimeException {
    final Value at;

    Invalid(Value at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  private static ObjectNode policyDocument(MapValue config) {
    List<ObjectNode> statements = new ArrayList<>();
    // Statements of the source documents come first; one of this document with the same Sid replaces them.
    for (Value source : strings(config.get("source_policy_documents"))) {
      for (ObjectNode s : statementsOf(source)) {
        merge(statements, s, true);
      }
    }
    for (Value block : blocks(config.get("statement"))) {
      merge(statements, statement((MapValue) block), true);
    }
    for (Value override : strings(config.get("override_policy_documents"))) {
      for (ObjectNode s : statementsOf(override)) {
        merge(statements, s, true);
      }
    }
    ObjectNode doc = JSON.createObjectNode();
    String version = string(config.get("version"));
    doc.put("Version", version == null ? "2012-10-17" : version);
    String id = string(config.get("policy_id"));
    if (id != null) {
      doc.put("Id", id);
    }
    ArrayNode list = doc.putArray("Statement");
    statements.forEach(list::add);
    return doc;
  }

  /** Adds {@code s}, replacing an earlier statement with the same non-empty Sid. */
  private static void merge(List<ObjectNode> statements, ObjectNode s, boolean replace) {
    JsonNode sid = s.get("Sid");
    if (replace && sid != null && !sid.asText().isEmpty()) {
      for (int i = 0; i < statements.size(); i++) {
        JsonNode other = statements.get(i).get("Sid");
        if (other != null && other.asText().equals(sid.asText())) {
          statements.set(i, s);
          return;
        }
      }
    }
    statements.add(s);
  }

  private static List<ObjectNode> statementsOf(Value json) {
    String text = ((StringValue) json).value();
    if (text.indexOf(UnknownValue.HOLE) >= 0 && text.trim().length() == 1) {
      throw new Unknown(new UnknownValue("a merged policy document is not known", json.range()));
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new Invalid(json, "a source or override policy document is not valid JSON");
    }
    List<ObjectNode> out = new ArrayList<>();
    JsonNode st = tree == null ? null : tree.get("Statement");
    if (st instanceof ObjectNode o) {
      out.add(canonical(o));
    } else if (st instanceof ArrayNode a) {
      for (JsonNode n : a) {
        if (n instanceof ObjectNode o) {
          out.add(canonical(o));
        }
      }
    }
    return out;
  }

  /** The provider re-renders merged statements with their fields in its own order. */
  private static ObjectNode canonical(ObjectNode statement) {
    ObjectNode out = JSON.createObjectNode();
    for (String field : STATEMENT_FIELDS) {
      if (statement.has(field)) {
        out.set(field, statement.get(field));
      }
    }
    statement.fieldNames().forEachRemaining(name -> {
      if (!out.has(name)) {
        out.set(name, statement.get(name));
      }
    });
    return out;
  }

  private static ObjectNode statement(MapValue block) {
    ObjectNode s = JSON.createObjectNode();
    String sid = string(block.get("sid"));
    if (sid != null && !sid.isEmpty()) {
      s.put("Sid", sid);
    }
    String effect = string(block.get("effect"));
    s.put("Effect", effect == null ? "Allow" : effect);
    putStrings(s, "Action", block.get("actions"));
    putStrings(s, "NotAction", block.get("not_actions"));
    putStrings(s, "Resource", block.get("resources"));
    putStrings(s, "NotResource", block.get("not_resources"));
    principals(s, "Principal", block.get("principals"));
    principals(s, "NotPrincipal", block.get("not_principals"));
    List<Value> conditions = blocks(block.get("condition"));
    if (!conditions.isEmpty()) {
      ObjectNode c = s.putObject("Condition");
      for (Value v : conditions) {
        MapValue cond = (MapValue) v;
        String test = required(cond, "test");
        String variable = required(cond, "variable");
        ObjectNode byTest = c.has(test) ? (ObjectNode) c.get(test) : c.putObject(test);
        List<String> values = new ArrayList<>();
        JsonNode existing = byTest.get(variable);
        if (existing != null) {
          existing.forEach(n -> values.add(n.asText()));
        }
        for (Value x : strings(cond.get("values"))) {
          values.add(((StringValue) x).value());
        }
        byTest.set(variable, oneOrMany(values));
      }
    }
    return s;
  }

  private static void principals(ObjectNode s, String field, Value blocks) {
    List<Value> list = blocks(blocks);
    if (list.isEmpty()) {
      return;
    }
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (Value v : list) {
      MapValue p = (MapValue) v;
      String type = required(p, "type");
      List<String> ids = byType.computeIfAbsent(type, k -> new ArrayList<>());
      for (Value id : strings(p.get("identifiers"))) {
        ids.add(((StringValue) id).value());
      }
    }
    if (byType.size() == 1 && byType.containsKey("*") && byType.get("*").equals(List.of("*"))) {
      // principals { type = "*", identifiers = ["*"] } renders as "Principal": "*".
      s.put(field, "*");
      return;
    }
    ObjectNode p = s.putObject(field);
    byType.forEach((type, ids) -> p.set(type, oneOrMany(ids)));
  }

  private static void putStrings(ObjectNode s, String field, Value v) {
    if (v == null || v instanceof NullValue) {
      return;
    }
    List<String> out = new ArrayList<>();
    for (Value x : strings(v)) {
      out.add(((StringValue) x).value());
    }
    s.set(field, oneOrMany(out));
  }

  private static JsonNode oneOrMany(List<String> values) {
    if (values.size() == 1) {
      return JSON.getNodeFactory().textNode(values.get(0));
    }
    ArrayNode a = JSON.createArrayNode();
    values.forEach(a::add);
    return a;
  }

  private static String required(MapValue block, String name) {
    String s = string(block.get(name));
    if (s == null) {
      throw new Invalid(block, "the " + name + " argument is required");
    }
    return s;
  }

  private static String string(Value v) {
    if (v == null || v instanceof NullValue) {
      return null;
    }
    if (v instanceof UnknownValue u) {
      if (RENDERING_PARTIAL.get()) {
        return u.partialText() != null ? u.partialText() : String.valueOf(UnknownValue.HOLE);
      }
      throw new Unknown(u);
    }
    String s = Operators.string(v);
    if (s == null) {
      throw new Invalid(v, "a string is required, not a " + v.typeName());
    }
    return s;
  }

  /** The elements of a list of strings, each converted to a string value. */
  private static List<Value> strings(Value v) {
    if (v == null || v instanceof NullValue) {
      return List.of();
    }
    if (v instanceof UnknownValue u) {
      throw new Unknown(u);
    }
    if (!(v instanceof ListValue l)) {
      throw new Invalid(v, "a list of strings is required, not a " + v.typeName());
    }
    List<Value> out = new ArrayList<>();
    for (Iterator<Value> it = l.elements().iterator(); it.hasNext(); ) {
      Value e = it.next();
      if (e instanceof NullValue) {
        continue;
      }
      out.add(new StringValue(string(e), e.range()));
    }
    return out;
  }

  private static List<Value> blocks(Value v) {
    if (v == null || v instanceof NullValue) {
      return List.of();
    }
    if (v instanceof UnknownValue u) {
      throw new Unknown(u);
    }
    List<Value> out = new ArrayList<>();
    if (v instanceof ListValue l) {
      for (Value e : l.elements()) {
        if (e instanceof UnknownValue u) {
          throw new Unknown(u);
        }
        if (e instanceof MapValue) {
          out.add(e);
        }
      }
    }
    return out;
  }
}
