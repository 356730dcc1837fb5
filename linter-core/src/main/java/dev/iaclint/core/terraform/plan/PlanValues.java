package dev.iaclint.core.terraform.plan;

import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns one planned resource's {@code values} into the configuration tree rules read, the shape a
 * Terraform resource has when it is evaluated from {@code .tf} files:
 *
 * <ul>
 *   <li>The body and each nested block are {@link MapValue.Kind#BLOCK} maps; the blocks of one type
 *       are a {@link ListValue.Kind#BLOCKS} list (the plan writes every nested block as an array of
 *       objects, even a single one).
 *   <li>A member the configuration did not write (no entry in the resource's {@code expressions})
 *       whose planned value is null, an empty collection, or unknown is left out: the plan lists
 *       every attribute of the provider schema, and an unset one must look unset, as in {@code .tf}.
 *       A computed value that is known stays (it is what the provider will apply).
 *   <li>A written member that {@code after_unknown} marks is an {@link UnknownValue} "known only
 *       after apply", naming the reference it waits on when the expression has one.
 *   <li>A member {@code sensitive_values} marks keeps its value only when it is a boolean or a
 *       number; anything else becomes an unknown, so a sensitive string is never read or printed.
 * </ul>
 *
 * Values keep their ranges in the plan JSON.
 */
final class PlanValues {
  private final String address;

  private PlanValues(String address) {
    this.address = address;
  }

  /**
   * @param values the planned {@code values} object
   * @param afterUnknown the resource's {@code change.after_unknown}, or {@code null}
   * @param sensitive the resource's {@code sensitive_values}, or {@code null}
   * @param expressions the resource's configuration {@code expressions}, or {@code null} when the
   *     configuration is not in the plan (then every unknown member is kept as unknown)
   * @param range the node's range: where unknown members of the body point
   */
  static MapValue resourceConfig(String address, MapValue values, Value afterUnknown, Value sensitive,
      MapValue expressions, SourceRange range) {
    Written written = expressions == null ? Written.ANY : Written.block(expressions);
    return new PlanValues(address).block(values, afterUnknown, sensitive, written, "", range);
  }

  private MapValue block(MapValue values, Value unknown, Value sensitive, Written written, String path,
      SourceRange range) {
    Set<String> keys = keys(values, unknown);
    MapValue.Builder b = new MapValue.Builder(MapValue.Kind.BLOCK);
    for (String key : keys) {
      Value v = values == null ? null : values.get(key);
      Written w = written.member(key);
      Value converted = member(v, child(unknown, key), child(sensitive, key), w, join(path, key),
          values == null ? range : values.range());
      if (converted != null) {
        b.put(key, converted, values != null && values.has(key) ? values.memberRange(key) : null);
      }
    }
    return b.build(values == null ? range : values.range());
  }

  /** The converted member, or {@code null} to leave it out. */
  private Value member(Value v, Value unknown, Value sensitive, Written written, String path, SourceRange parent) {
    if (isTrue(unknown)) {
      return written.isWritten() ? unknownAfterApply(written, path, parent) : null;
    }
    if (v == null || v instanceof NullValue) {
      return written.isWritten() ? v : null;
    }
    if (!written.isWritten() && isEmptyCollection(v)) {
      return null;
    }
    return value(v, unknown, sensitive, written, path);
  }

  private Value value(Value v, Value unknown, Value sensitive, Written written, String path) {
    if (isTrue(sensitive) && !(v instanceof BoolValue || v instanceof NumberValue || v instanceof NullValue)) {
      return new UnknownValue(address + "." + path + " is sensitive in the plan and is not read", v.range());
    }
    if (v instanceof ListValue list) {
      boolean blocks = written.isBlocks() || (!written.isAttribute() && allMaps(list));
      List<Value> elements = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Value e = list.get(i);
        Value eu = element(unknown, i);
        Value es = element(sensitive, i);
        String ep = path + "[" + i + "]";
        if (isTrue(eu)) {
          elements.add(unknownAfterApply(written, ep, e.range()));
        } else if (blocks && e instanceof MapValue m) {
          elements.add(block(m, eu, es, written.element(i), ep, m.range()));
        } else {
          elements.add(value(e, eu, es, written.element(i), ep));
        }
      }
      return new ListValue(elements, blocks ? ListValue.Kind.BLOCKS : ListValue.Kind.LIST, list.range(), Origin.NONE);
    }
    if (v instanceof MapValue map) {
      Map<String, Value> entries = new LinkedHashMap<>();
      Map<String, SourceRange> ranges = new LinkedHashMap<>();
      Set<String> keys = keys(map, unknown);
      for (String key : keys) {
        Value e = map.get(key);
        Value eu = child(unknown, key);
        String ep = join(path, key);
        Value converted = isTrue(eu) ? unknownAfterApply(written, ep, map.range())
            : e == null ? null : value(e, eu, child(sensitive, key), written.element(0), ep);
        if (converted != null) {
          entries.put(key, converted);
          if (map.has(key)) {
            ranges.put(key, map.memberRange(key));
          }
        }
      }
      return new MapValue(entries, ranges, MapValue.Kind.OBJECT, map.range(), Origin.NONE);
    }
    return v;
  }

  /**
   * The members of a planned object and those {@code after_unknown} adds (unknowns are not in
   * {@code values}), in name order as Terraform writes them.
   */
  private static Set<String> keys(MapValue values, Value unknown) {
    Set<String> keys = new TreeSet<>(values == null ? List.of() : values.keys());
    if (unknown instanceof MapValue u) {
      for (Map.Entry<String, Value> e : u.entries().entrySet()) {
        if (isTrue(e.getValue())) {
          keys.add(e.getKey());
        }
      }
    }
    return keys;
  }

  private UnknownValue unknownAfterApply(Written written, String path, SourceRange range) {
    List<StringValue> references = written.references();
    String reason = (references.isEmpty() ? address + "." + path : references.get(0).value())
        + " is known only after apply";
    // kms_key_id = aws_kms_key.k.arn is set, though to a value not known yet (as the evaluator has it).
    boolean present = references.size() == 1 && written.constantless()
        && PlanReference.parse(references.get(0).value()).isResourceIdOrArn();
    return new UnknownValue(reason, range, Origin.NONE, present);
  }

  private static boolean isEmptyCollection(Value v) {
    return v instanceof ListValue l && l.isEmpty() || v instanceof MapValue m && m.size() == 0;
  }

  private static boolean allMaps(ListValue list) {
    return !list.isEmpty() && list.elements().stream().allMatch(e -> e instanceof MapValue);
  }

  static boolean isTrue(Value v) {
    return v instanceof BoolValue b && b.value();
  }

  private static Value child(Value markers, String key) {
    return markers instanceof MapValue m ? m.get(key) : null;
  }

  private static Value element(Value markers, int i) {
    if (isTrue(markers)) {
      return markers;
    }
    return markers instanceof ListValue l && i < l.size() ? l.get(i) : null;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /**
   * Whether, and how, the configuration wrote a place: the configuration's {@code expressions}
   * hold an object per written attribute ({@code constant_value}, {@code references}) and an array
   * of such maps per written nested block.
   */
  private record Written(Kind kind, Value expression) {
    enum Kind { NONE, ANY, ATTRIBUTE, BLOCK, BLOCKS }

    static final Written NONE = new Written(Kind.NONE, null);
    /** No configuration to go by: everything counts as written, blocks are recognised by shape. */
    static final Written ANY = new Written(Kind.ANY, null);

    static Written block(MapValue expressions) {
      return new Written(Kind.BLOCK, expressions);
    }

    boolean isWritten() {
      return kind != Kind.NONE;
    }

    boolean isAttribute() {
      return kind == Kind.ATTRIBUTE;
    }

    boolean isBlocks() {
      return kind == Kind.BLOCKS;
    }

    /** A member of a block. */
    Written member(String key) {
      if (kind != Kind.BLOCK) {
        return kind == Kind.BLOCKS ? element(0).member(key) : this;
      }
      Value e = ((MapValue) expression).get(key);
      if (e instanceof MapValue m) {
        return new Written(Kind.ATTRIBUTE, m);
      }
      if (e instanceof ListValue l && !l.isEmpty()) {
        return new Written(Kind.BLOCKS, l);
      }
      return NONE;
    }

    /** The {@code i}th element of a list (the {@code i}th block of a type). */
    Written element(int i) {
      if (kind == Kind.BLOCKS) {
        ListValue l = (ListValue) expression;
        Value e = l.get(Math.min(i, l.size() - 1));
        return e instanceof MapValue m ? block(m) : ANY;
      }
      return this;
    }

    /** The references of this attribute's expression that say what it refers to. */
    List<StringValue> references() {
      if (kind == Kind.ATTRIBUTE && expression instanceof MapValue m) {
        return PlanReference.mostSpecific(Values.elements(m.get("references")));
      }
      return List.of();
    }

    /** Whether the expression has no constant part ({@code constant_value}). */
    boolean constantless() {
      return !(expression instanceof MapValue m && m.has("constant_value"));
    }
  }
}
