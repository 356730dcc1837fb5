package dev.iaclint.core.terraform;

import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Terraform type or type constraint, as in cty: the primitives, {@code any}, the collection types
 * ({@code list(T)}, {@code set(T)}, {@code map(T)}) and the structural types ({@code tuple([...])},
 * {@code object({...})}, with optional attributes and their defaults).
 *
 * <p>{@link Value}s carry no static type, so {@link #of(Value)} infers one from the value's shape:
 * nulls and unknowns are {@link #ANY}, as cty's untyped {@code null} and {@code DynamicVal} are.
 */
public sealed interface TerraformType {
  TerraformType STRING = Primitive.STRING;
  TerraformType NUMBER = Primitive.NUMBER;
  TerraformType BOOL = Primitive.BOOL;
  TerraformType ANY = new Any();

  /** How Terraform names the type in messages: "string", "list of string", "object". */
  String friendlyName();

  enum Primitive implements TerraformType {
    STRING, NUMBER, BOOL;

    @Override
    public String friendlyName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** {@code any}: cty's dynamic pseudo-type, which every value conforms to. */
  record Any() implements TerraformType {
    @Override
    public String friendlyName() {
      return "any single type";
    }
  }

  record ListType(TerraformType element) implements TerraformType {
    public ListType {
      Objects.requireNonNull(element, "element");
    }

    @Override
    public String friendlyName() {
      return "list of " + element.friendlyName();
    }
  }

  record SetType(TerraformType element) implements TerraformType {
    public SetType {
      Objects.requireNonNull(element, "element");
    }

    @Override
    public String friendlyName() {
      return "set of " + element.friendlyName();
    }
  }

  record MapType(TerraformType element) implements TerraformType {
    public MapType {
      Objects.requireNonNull(element, "element");
    }

    @Override
    public String friendlyName() {
      return "map of " + element.friendlyName();
    }
  }

  record TupleType(List<TerraformType> elements) implements TerraformType {
    public TupleType {
      elements = List.copyOf(elements);
    }

    @Override
    public String friendlyName() {
      return "tuple";
    }
  }

  /**
   * {@code object({...})}. Attributes named in {@code optional} may be absent from a converted
   * value; they then take their entry in {@code defaults}, or null.
   */
  record ObjectType(Map<String, TerraformType> attributes, Set<String> optional, Map<String, Value> defaults)
      implements TerraformType {
    public ObjectType {
      attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
      optional = Set.copyOf(optional);
      defaults = Map.copyOf(defaults);
    }

    public ObjectType(Map<String, TerraformType> attributes) {
      this(attributes, Set.of(), Map.of());
    }

    @Override
    public String friendlyName() {
      return "object";
    }
  }

  static TerraformType list(TerraformType element) {
    return new ListType(element);
  }

  static TerraformType set(TerraformType element) {
    return new SetType(element);
  }

  static TerraformType map(TerraformType element) {
    return new MapType(element);
  }

  /** The type a value has, inferred from its shape; {@link #ANY} for nulls and unknowns. */
  static TerraformType of(Value value) {
    return value == null ? ANY : ofKnown(value);
  }

  private static TerraformType ofKnown(Value value) {
    if (value instanceof dev.iaclint.core.value.StringValue) {
      return STRING;
    } else if (value instanceof dev.iaclint.core.value.NumberValue) {
      return NUMBER;
    } else if (value instanceof dev.iaclint.core.value.BoolValue) {
      return BOOL;
    } else if (value instanceof ListValue l) {
      List<TerraformType> types = new ArrayList<>(l.size());
      for (Value e : l.elements()) {
        types.add(of(e));
      }
      return switch (l.kind()) {
        case TUPLE -> new TupleType(types);
        case SET -> new SetType(elementTypeOf(types));
        case LIST, BLOCKS -> new ListType(elementTypeOf(types));
      };
    } else if (value instanceof MapValue m) {
      Map<String, TerraformType> types = new LinkedHashMap<>();
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        types.put(e.getKey(), of(e.getValue()));
      }
      return m.kind() == MapValue.Kind.MAP
          ? new MapType(elementTypeOf(new ArrayList<>(types.values())))
          : new ObjectType(types);
    }
    return ANY;
  }

  private static TerraformType elementTypeOf(List<TerraformType> types) {
    TerraformType t = types.isEmpty() ? ANY : unify(types);
    return t == null ? ANY : t;
  }

  /**
   * The single type all of {@code types} can convert to, following cty's unification (used for
   * tuple-to-list conversions, conditional results and variadic arguments), or {@code null}.
   */
  static TerraformType unify(List<TerraformType> types) {
    return Unification.unify(types);
  }

  /** Whether a value of type {@code from} may convert to {@code to} (possibly failing at run time). */
  static boolean convertible(TerraformType from, TerraformType to) {
    return Unification.convertible(from, to);
  }
}
