package dev.iaclint.core.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An IAM policy document, whatever it was written as: a JSON string ({@code jsonencode(…)}, a
 * heredoc, the rendered {@code json} of {@code data.aws_iam_policy_document}), a map
 * (CloudFormation {@code PolicyDocument}, {@code AccessPolicies}), or the statement blocks of a
 * {@code data.aws_iam_policy_document} ({@link #fromPolicyDocumentBlocks}).
 *
 * <p>Parsing never fails: a document that cannot be read is {@link #unreadable} with the reason,
 * one that is unknown before apply is {@link #unknown}. Element names are matched without regard
 * to case; a single statement or value may be written without a list.
 *
 * @param statements the statements in order (empty when unknown or unreadable)
 * @param unknownReason why the document is unknown, or {@code null}
 * @param problem why it is not a policy document (invalid JSON, not an object), or {@code null}
 * @param range where the document is written (for a JSON string: the whole string)
 */
public record PolicyDocument(List<Statement> statements, String unknownReason, String problem, SourceRange range) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public PolicyDocument {
    statements = List.copyOf(statements);
  }

  public boolean isKnown() {
    return unknownReason == null && problem == null;
  }

  public static PolicyDocument unknown(String reason, SourceRange range) {
    return new PolicyDocument(List.of(), reason, null, range);
  }

  public static PolicyDocument unreadable(String problem, SourceRange range) {
    return new PolicyDocument(List.of(), null, problem, range);
  }

  /** A policy written as a JSON string or as a map; anything else is unreadable. */
  public static PolicyDocument of(Value value) {
    if (value instanceof UnknownValue u) {
      return u.partialText() != null ? fromPartialJson(u) : unknown(u.reason(), u.range());
    }
    if (value instanceof StringValue s) {
      return fromJson(s.value(), s.range());
    }
    if (value instanceof MapValue m) {
      return fromMap(m);
    }
    return unreadable("a policy document is a JSON string or an object, not a " + value.typeName(), value.range());
  }

  /** Parses JSON text; every part is placed at {@code range} (positions inside a string are not tracked). */
  public static PolicyDocument fromJson(String json, SourceRange range) {
    JsonNode tree;
    try {
      tree = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      // The parser's message may quote the text; say only where it broke.
      return unreadable("not valid JSON (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + " of the document)", range);
    }
    if (tree == null || !tree.isObject()) {
      return unreadable("a policy document is a JSON object", range);
    }
    return fromMap((MapValue) toValue(tree, range));
  }

  /**
   * A JSON template with unknown interpolations inside its strings ({@code "Resource":
   * "${aws_s3_bucket.b.arn}/*"}): the strings that hold one are unknown, the rest is read. An
   * interpolation outside a string leaves the whole document unknown.
   */
  private static PolicyDocument fromPartialJson(UnknownValue u) {
    JsonNode tree;
    try {
      tree = JSON.readTree(u.partialText());
    } catch (JsonProcessingException e) {
      return unknown(u.reason(), u.range());
    }
    if (tree == null || !tree.isObject()) {
      return unknown(u.reason(), u.range());
    }
    return fromMap((MapValue) toValue(tree, u));
  }

  private static Value toValue(JsonNode node, SourceRange range) {
    return toValue(node, new UnknownValue("", range));
  }

  /** {@code template.range()} places every part; its reason and origin go to strings with a hole. */
  private static Value toValue(JsonNode node, UnknownValue template) {
    SourceRange range = template.range();
    if (node.isObject()) {
      Map<String, Value> entries = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().indexOf(UnknownValue.HOLE) >= 0) {
          return holeIn(template, e.getKey());
        }
        entries.put(e.getKey(), toValue(e.getValue(), template));
      }
      return MapValue.object(entries, range);
    }
    if (node.isArray()) {
      List<Value> items = new ArrayList<>();
      node.forEach(n -> items.add(toValue(n, template)));
      return ListValue.tuple(items, range);
    }
    if (node.isBoolean()) {
      return new BoolValue(node.booleanValue(), range);
    }
    if (node.isNumber()) {
      return new NumberValue(node.decimalValue(), range);
    }
    if (node.isNull()) {
      return new NullValue(range);
    }
    String text = node.asText();
    return text.indexOf(UnknownValue.HOLE) >= 0 ? holeIn(template, text) : new StringValue(text, range);
  }

  private static UnknownValue holeIn(UnknownValue template, String text) {
    return new UnknownValue(template.reason(), template.range(), template.origin(), false, text);
  }

  /**
   * Whether a principal identifier is known not to be {@code "*"} although part of it is unknown:
   * {@code "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"}.
   */
  static boolean neverWildcard(Value v) {
    if (!(v instanceof UnknownValue u) || u.partialText() == null) {
      return false;
    }
    String literal = u.partialText().replace(String.valueOf(UnknownValue.HOLE), "");
    return !literal.replace("*", "").isEmpty();
  }

  /** A policy written as a map, members at their own positions. */
  public static PolicyDocument fromMap(MapValue doc) {
    Value statementValue = member(doc, "Statement");
    if (statementValue == null) {
      return new PolicyDocument(List.of(), null, null, doc.range());
    }
    if (statementValue instanceof UnknownValue u) {
      return unknown(u.reason(), u.range());
    }
    List<Statement> statements = new ArrayList<>();
    for (Value v : Values.elements(statementValue)) {
      if (v instanceof UnknownValue u) {
        return unknown(u.reason(), u.range());
      }
      if (v instanceof MapValue m) {
        statements.add(statement(m));
      }
    }
    return new PolicyDocument(statements, null, null, doc.range());
  }

  private static Statement statement(MapValue m) {
    String unknown = null;
    String sid = str(member(m, "Sid"));
    Value effectValue = member(m, "Effect");
    String effect = effectValue == null ? null : Values.asString(effectValue);
    if (effectValue instanceof UnknownValue u) {
      unknown = u.reason();
    }
    Principal principal = principal(member(m, "Principal"));
    Principal notPrincipal = principal(member(m, "NotPrincipal"));
    List<ConditionClause> conditions = new ArrayList<>();
    Value cond = member(m, "Condition");
    if (cond instanceof UnknownValue u) {
      unknown = unknown == null ? u.reason() : unknown;
    } else if (cond instanceof MapValue ops) {
      for (String op : ops.keys()) {
        Value keys = ops.get(op);
        if (keys instanceof UnknownValue u) {
          unknown = unknown == null ? u.reason() : unknown;
        } else if (keys instanceof MapValue km) {
          for (String key : km.keys()) {
            conditions.add(new ConditionClause(op, key, strings(km.get(key)), km.memberRange(key)));
          }
        }
      }
    }
    String principalKey = key(m, "Principal") != null ? key(m, "Principal") : key(m, "NotPrincipal");
    SourceRange principalRange = principalKey != null ? m.memberRange(principalKey) : m.range();
    return new Statement(sid, effect, principal, notPrincipal, strings(member(m, "Action")),
        strings(member(m, "NotAction")), strings(member(m, "Resource")), strings(member(m, "NotResource")),
        conditions, unknown, m.range(), principalRange);
  }

  private static Principal principal(Value v) {
    if (v == null || v instanceof NullValue) {
      return null;
    }
    if (v instanceof UnknownValue u) {
      return new Principal(false, Map.of(), neverWildcard(u) ? null : u.reason());
    }
    if (v instanceof StringValue s) {
      return new Principal(s.value().equals("*"), Map.of(), null);
    }
    Map<String, Strings> byType = new LinkedHashMap<>();
    String unknown = null;
    if (v instanceof MapValue m) {
      for (String type : m.keys()) {
        Strings ids = principalIds(m.get(type));
        byType.put(canonicalType(type), ids);
        unknown = unknown == null ? ids.unknownReason() : unknown;
      }
    } else if (v instanceof ListValue l) {
      // Not valid IAM, but seen: a list of principals is read as AWS identifiers.
      Strings ids = principalIds(l);
      byType.put("AWS", ids);
      unknown = ids.unknownReason();
    }
    return new Principal(false, byType, unknown);
  }

  private static String canonicalType(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "aws" -> "AWS";
      case "service" -> "Service";
      case "federated" -> "Federated";
      case "canonicaluser" -> "CanonicalUser";
      default -> type;
    };
  }

  /** One string or a list of them; booleans and numbers as Terraform writes them. */
  static Strings strings(Value v) {
    if (v == null || v instanceof NullValue) {
      return Strings.NONE;
    }
    if (v instanceof UnknownValue u) {
      return new Strings(List.of(), u.reason());
    }
    List<String> values = new ArrayList<>();
    String unknown = null;
    for (Value e : Values.elements(v)) {
      if (e instanceof UnknownValue u) {
        unknown = unknown == null ? u.reason() : unknown;
      } else {
        String s = Values.asString(e);
        if (s != null) {
          values.add(s);
        }
      }
    }
    return new Strings(values, unknown);
  }

  /** Principal identifiers: one that is partly unknown but cannot be {@code "*"} is left out, not unknown. */
  private static Strings principalIds(Value v) {
    if (neverWildcard(v)) {
      return Strings.NONE;
    }
    if (v instanceof ListValue l && l.elements().stream().anyMatch(PolicyDocument::neverWildcard)) {
      List<Value> rest = l.elements().stream().filter(e -> !neverWildcard(e)).toList();
      return strings(ListValue.tuple(rest, l.range()));
    }
    return strings(v);
  }

  private static Value member(MapValue m, String name) {
    String k = key(m, name);
    return k == null ? null : m.get(k);
  }

  private static String str(Value v) {
    return v == null ? null : Values.asString(v);
  }

  private static String key(MapValue m, String name) {
    if (m.has(name)) {
      return name;
    }
    for (String k : m.keys()) {
      if (k.equalsIgnoreCase(name)) {
        return k;
      }
    }
    return null;
  }

  /**
   * The statements of a {@code data "aws_iam_policy_document"} as written in HCL, each at the
   * position of its block; {@code null} when the document also merges other documents ({@code
   * source_policy_documents}, {@code override_policy_documents}, {@code source_json}, {@code
   * override_json}), whose result only its rendered {@code json} shows.
   */
  public static PolicyDocument fromPolicyDocumentBlocks(MapValue config) {
    for (String merge : List.of("source_policy_documents", "override_policy_documents", "source_json",
        "override_json")) {
      if (config.has(merge) && !(config.get(merge) instanceof NullValue)) {
        return null;
      }
    }
    Value blocks = config.get("statement");
    if (blocks instanceof UnknownValue u) {
      return unknown(u.reason(), u.range());
    }
    List<Statement> statements = new ArrayList<>();
    for (Value v : Values.elements(blocks)) {
      if (v instanceof UnknownValue u) {
        return unknown(u.reason(), u.range());
      }
      if (v instanceof MapValue block) {
        statements.add(statementBlock(block));
      }
    }
    return new PolicyDocument(statements, null, null, config.range());
  }

  private static Statement statementBlock(MapValue b) {
    String unknown = null;
    Value effectValue = b.get("effect");
    String effect = effectValue == null || effectValue instanceof NullValue ? "Allow" : Values.asString(effectValue);
    if (effectValue instanceof UnknownValue u) {
      unknown = u.reason();
    }
    Principal principal = principalBlocks(b.get("principals"));
    Principal notPrincipal = principalBlocks(b.get("not_principals"));
    List<ConditionClause> conditions = new ArrayList<>();
    Value conds = b.get("condition");
    if (conds instanceof UnknownValue u) {
      unknown = unknown == null ? u.reason() : unknown;
    }
    for (Value c : Values.elements(conds)) {
      if (c instanceof UnknownValue u) {
        unknown = unknown == null ? u.reason() : unknown;
      } else if (c instanceof MapValue cm) {
        Value test = cm.get("test");
        Value variable = cm.get("variable");
        if (test instanceof UnknownValue || variable instanceof UnknownValue) {
          unknown = unknown == null ? "a condition of the policy document is not known" : unknown;
          continue;
        }
        conditions.add(new ConditionClause(String.valueOf(str(test)),
            String.valueOf(str(variable)), strings(cm.get("values")), cm.range()));
      }
    }
    String principalKey = b.has("principals") ? "principals" : b.has("not_principals") ? "not_principals" : null;
    return new Statement(str(b.get("sid")), effect, principal, notPrincipal,
        strings(b.get("actions")), strings(b.get("not_actions")), strings(b.get("resources")),
        strings(b.get("not_resources")), conditions, unknown, b.range(),
        principalKey != null ? b.memberRange(principalKey) : b.range());
  }

  /** {@code principals { type = "AWS" identifiers = ["*"] }} blocks; type {@code "*"} is everyone. */
  private static Principal principalBlocks(Value blocks) {
    if (blocks == null || blocks instanceof NullValue) {
      return null;
    }
    if (blocks instanceof UnknownValue u) {
      return new Principal(false, Map.of(), u.reason());
    }
    boolean wildcard = false;
    Map<String, Strings> byType = new LinkedHashMap<>();
    String unknown = null;
    for (Value v : Values.elements(blocks)) {
      if (!(v instanceof MapValue block)) {
        if (v instanceof UnknownValue u) {
          unknown = unknown == null ? u.reason() : unknown;
        }
        continue;
      }
      Value type = block.get("type");
      if (type instanceof UnknownValue u) {
        unknown = unknown == null ? u.reason() : unknown;
        continue;
      }
      String t = str(type);
      Strings ids = principalIds(block.get("identifiers"));
      unknown = unknown == null ? ids.unknownReason() : unknown;
      if ("*".equals(t)) {
        wildcard |= ids.contains("*");
        continue;
      }
      if (t != null) {
        Strings previous = byType.get(canonicalType(t));
        List<String> all = new ArrayList<>(previous == null ? List.of() : previous.values());
        all.addAll(ids.values());
        byType.put(canonicalType(t), new Strings(all, ids.unknownReason()));
      }
    }
    return new Principal(wildcard, byType, unknown);
  }
}
