package dev.iaclint.core.terraform;

import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.TerraformType.Any;
import dev.iaclint.core.terraform.TerraformType.ListType;
import dev.iaclint.core.terraform.TerraformType.MapType;
import dev.iaclint.core.terraform.TerraformType.ObjectType;
import dev.iaclint.core.terraform.TerraformType.Primitive;
import dev.iaclint.core.terraform.TerraformType.SetType;
import dev.iaclint.core.terraform.TerraformType.TupleType;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Terraform's automatic type conversions (cty's {@code convert} package, "unsafe" mode as Terraform
 * uses it): string ↔ number ↔ bool through strings, tuples to lists and sets with one unified
 * element type, objects to maps, and values to object types with optional attributes.
 *
 * <p>Nulls and unknowns convert to any type unchanged. Converted values keep their range and origin.
 */
public final class Conversions {
  // cty parses numbers with Go's big.Float in base 10: optional sign, digits, fraction, exponent.
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private Conversions() {
  }

  /** {@code value} converted to {@code want}, or why it cannot be. */
  public static Value convert(Value value, TerraformType want) throws ConversionException {
    return convert(value, want, "");
  }

  /** Whether {@code value} converts to {@code want}. */
  public static boolean conforms(Value value, TerraformType want) {
    try {
      convert(value, want, "");
      return true;
    } catch (ConversionException e) {
      return false;
    }
  }

  /**
   * Parses a number as Terraform does when converting a string: decimal only, no surrounding
   * spaces, exponents allowed. Returns {@code null} when the string is not a number.
   */
  public static BigDecimal parseNumber(String s) {
    if (s.length() > 4096 || !DECIMAL.matcher(s).matches()) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
      // An absurd exponent would make later arithmetic (ceil, render) explode.
      return Math.abs((long) d.scale()) > 100_000 ? null : d;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** Terraform's rendering of a number as a string: no exponent, no trailing zeros. */
  public static String numberToString(BigDecimal n) {
    BigDecimal v = n.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  /**
   * A set of {@code elements}: duplicates removed (unknowns are never equal to anything) and, as
   * cty orders sets, strings in lexical order, numbers ascending, false before true; elements of
   * other types stay in first-seen order. Unknown elements come last.
   */
  public static ListValue toSet(List<Value> elements, SourceRange range, Origin origin) {
    List<Value> known = new ArrayList<>();
    List<Value> unknown = new ArrayList<>();
    for (Value e : elements) {
      if (!e.isWhollyKnown()) {
        unknown.add(e);
      } else if (known.stream().noneMatch(k -> k.sameAs(e))) {
        known.add(e);
      }
    }
    if (!known.isEmpty() && known.stream().allMatch(e -> e instanceof StringValue)) {
      known.sort((a, b) -> compareCodePoints(((StringValue) a).value(), ((StringValue) b).value()));
    } else if (!known.isEmpty() && known.stream().allMatch(e -> e instanceof NumberValue)) {
      known.sort((a, b) -> ((NumberValue) a).value().compareTo(((NumberValue) b).value()));
    } else if (!known.isEmpty() && known.stream().allMatch(e -> e instanceof BoolValue)) {
      known.sort((a, b) -> Boolean.compare(((BoolValue) a).value(), ((BoolValue) b).value()));
    }
    known.addAll(unknown);
    return new ListValue(known, ListValue.Kind.SET, range, origin);
  }

  /** Compares strings by Unicode code point, which is Go's (UTF-8 byte) order. */
  public static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static Value convert(Value value, TerraformType want, String path) throws ConversionException {
    if (want instanceof Any || value instanceof UnknownValue || value instanceof NullValue) {
      return value;
    }
    if (want instanceof Primitive p) {
      return toPrimitive(value, p, path);
    }
    if (want instanceof ListType || want instanceof SetType) {
      boolean set = want instanceof SetType;
      TerraformType element = want instanceof ListType l ? l.element() : ((SetType) want).element();
      if (!(value instanceof ListValue list)) {
        throw new ConversionException(path, want.friendlyName() + " required");
      }
      if (element instanceof Any) {
        element = unifiedElementType(list.elements(), path, set ? "set" : "list");
      }
      List<Value> converted = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        converted.add(convert(list.get(i), element, step(path, "element " + i)));
      }
      return set
          ? toSet(converted, value.range(), value.origin())
          : new ListValue(converted, ListValue.Kind.LIST, value.range(), value.origin());
    }
    if (want instanceof MapType m) {
      if (!(value instanceof MapValue map)) {
        throw new ConversionException(path, want.friendlyName() + " required");
      }
      TerraformType element = m.element();
      if (element instanceof Any) {
        element = unifiedElementType(new ArrayList<>(map.entries().values()), path, "map");
      }
      Map<String, Value> converted = new LinkedHashMap<>();
      for (Map.Entry<String, Value> e : map.entries().entrySet()) {
        converted.put(e.getKey(), convert(e.getValue(), element, step(path, "element " + quote(e.getKey()))));
      }
      return new MapValue(converted, map.memberRanges(), MapValue.Kind.MAP, value.range(), value.origin());
    }
    if (want instanceof TupleType t) {
      if (!(value instanceof ListValue list) || list.kind() == ListValue.Kind.SET) {
        throw new ConversionException(path, "tuple required");
      }
      if (list.size() != t.elements().size()) {
        throw new ConversionException(path, "tuple required with " + t.elements().size() + " elements");
      }
      List<Value> converted = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        converted.add(convert(list.get(i), t.elements().get(i), step(path, "element " + i)));
      }
      return new ListValue(converted, ListValue.Kind.TUPLE, value.range(), value.origin());
    }
    ObjectType o = (ObjectType) want;
    if (!(value instanceof MapValue map)) {
      throw new ConversionException(path, "object required");
    }
    Map<String, Value> converted = new LinkedHashMap<>();
    Map<String, SourceRange> ranges = new LinkedHashMap<>();
    // Keep the source order of the members that are present, then add defaulted ones.
    for (Map.Entry<String, Value> e : map.entries().entrySet()) {
      TerraformType attrType = o.attributes().get(e.getKey());
      if (attrType == null) {
        continue;
      }
      Value v = e.getValue();
      if (v instanceof NullValue && o.defaults().containsKey(e.getKey())) {
        v = o.defaults().get(e.getKey());
      }
      converted.put(e.getKey(), convert(v, attrType, step(path, "attribute " + quote(e.getKey()))));
      ranges.put(e.getKey(), map.memberRange(e.getKey()));
    }
    for (Map.Entry<String, TerraformType> a : o.attributes().entrySet()) {
      String name = a.getKey();
      if (converted.containsKey(name)) {
        continue;
      }
      if (!o.optional().contains(name)) {
        throw new ConversionException(path, "attribute " + quote(name) + " is required");
      }
      Value dflt = o.defaults().get(name);
      converted.put(name, dflt == null
          ? new NullValue(value.range())
          : convert(dflt, a.getValue(), step(path, "attribute " + quote(name))));
    }
    return new MapValue(converted, ranges, MapValue.Kind.OBJECT, value.range(), value.origin());
  }

  private static TerraformType unifiedElementType(List<Value> elements, String path, String what)
      throws ConversionException {
    List<TerraformType> types = new ArrayList<>(elements.size());
    for (Value e : elements) {
      types.add(TerraformType.of(e));
    }
    TerraformType t = TerraformType.unify(types);
    if (t == null) {
      throw new ConversionException(path, "all " + what + " elements must have the same type");
    }
    return t;
  }

  private static Value toPrimitive(Value value, Primitive want, String path) throws ConversionException {
    switch (want) {
      case STRING -> {
        if (value instanceof StringValue) {
          return value;
        } else if (value instanceof NumberValue n) {
          return new StringValue(numberToString(n.value()), value.range(), value.origin());
        } else if (value instanceof BoolValue b) {
          return new StringValue(Boolean.toString(b.value()), value.range(), value.origin());
        }
        throw new ConversionException(path, "string required");
      }
      case NUMBER -> {
        if (value instanceof NumberValue) {
          return value;
        } else if (value instanceof StringValue s) {
          BigDecimal d = parseNumber(s.value());
          if (d == null) {
            throw new ConversionException(path, "a number is required");
          }
          return new NumberValue(d, value.range(), value.origin());
        }
        throw new ConversionException(path, "number required");
      }
      default -> {
        if (value instanceof BoolValue) {
          return value;
        } else if (value instanceof StringValue s) {
          switch (s.value()) {
            case "true", "1" -> {
              return new BoolValue(true, value.range(), value.origin());
            }
            case "false", "0" -> {
              return new BoolValue(false, value.range(), value.origin());
            }
            default -> {
              String lower = s.value().toLowerCase(java.util.Locale.ROOT);
              if (lower.equals("true") || lower.equals("false")) {
                throw new ConversionException(path,
                    "a bool is required; to convert from string, use lowercase \"" + lower + "\"");
              }
              throw new ConversionException(path, "a bool is required");
            }
          }
        }
        throw new ConversionException(path, "bool required");
      }
    }
  }

  private static String step(String path, String step) {
    return path.isEmpty() ? step : path + ": " + step;
  }

  private static String quote(String key) {
    return '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
