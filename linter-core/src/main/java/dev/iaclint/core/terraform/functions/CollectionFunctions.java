package dev.iaclint.core.terraform.functions;

import static dev.iaclint.core.terraform.functions.Fn.any;
import static dev.iaclint.core.terraform.functions.Fn.num;

import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.ConversionException;
import dev.iaclint.core.terraform.Conversions;
import dev.iaclint.core.terraform.TerraformType;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The collection functions. */
final class CollectionFunctions {
  private static final TerraformType LIST_OF_ANY = TerraformType.list(TerraformType.ANY);
  private static final TerraformType SET_OF_ANY = TerraformType.set(TerraformType.ANY);
  private static final TerraformType LIST_OF_STRING = TerraformType.list(TerraformType.STRING);

  private CollectionFunctions() {
  }

  static List<TerraformFunction> all() {
    return List.of(
        Fn.of("alltrue", a -> allOrAny(a, true), Param.of("list", TerraformType.list(TerraformType.BOOL))),
        Fn.of("anytrue", a -> allOrAny(a, false), Param.of("list", TerraformType.list(TerraformType.BOOL))),
        Fn.of("chunklist", CollectionFunctions::chunklist, Param.of("list", LIST_OF_ANY), num("size")),
        Fn.variadic("coalesce", any("vals").nullable().unknowable(), CollectionFunctions::coalesce),
        Fn.variadic("coalescelist", any("vals").nullable().unknowable(), CollectionFunctions::coalescelist),
        Fn.of("compact", CollectionFunctions::compact, Param.of("list", LIST_OF_STRING)),
        Fn.variadic("concat", any("seqs"), CollectionFunctions::concat),
        Fn.of("contains", CollectionFunctions::contains, any("list"), any("value").nullable()),
        Fn.of("distinct", CollectionFunctions::distinct, Param.of("list", LIST_OF_ANY)),
        Fn.of("element", CollectionFunctions::element, any("list"), num("index")),
        Fn.of("flatten", CollectionFunctions::flatten, any("list")),
        Fn.of("index", CollectionFunctions::index, any("list"), any("value").nullable()),
        Fn.of("keys", a -> keysOrValues(a, true), any("inputMap")),
        Fn.of("values", a -> keysOrValues(a, false), any("mapping")),
        Fn.of("length", CollectionFunctions::length, any("value")),
        Fn.variadic("lookup", any("default").nullable().unknowable(), CollectionFunctions::lookup,
            any("inputMap"), Fn.str("key")),
        Fn.of("matchkeys", CollectionFunctions::matchkeys, Param.of("values", LIST_OF_ANY),
            Param.of("keys", LIST_OF_ANY), Param.of("searchset", LIST_OF_ANY)),
        Fn.variadic("merge", any("maps").nullable(), CollectionFunctions::merge),
        Fn.of("one", CollectionFunctions::one, any("list")),
        Fn.variadic("range", num("params"), CollectionFunctions::range),
        Fn.of("reverse", CollectionFunctions::reverse, any("list")),
        Fn.variadic("setintersection", Param.of("other_sets", SET_OF_ANY), a -> setOp(a, "intersection"),
            Param.of("first_set", SET_OF_ANY)),
        Fn.variadic("setunion", Param.of("other_sets", SET_OF_ANY), a -> setOp(a, "union"),
            Param.of("first_set", SET_OF_ANY)),
        Fn.of("setsubtract", a -> setOp(a, "subtract"), Param.of("a", SET_OF_ANY), Param.of("b", SET_OF_ANY)),
        Fn.variadic("setproduct", any("sets"), CollectionFunctions::setproduct),
        Fn.of("slice", CollectionFunctions::slice, any("list"), num("start_index"), num("end_index")),
        Fn.of("sort", CollectionFunctions::sort, Param.of("list", LIST_OF_STRING)),
        Fn.of("sum", CollectionFunctions::sum, any("list")),
        Fn.of("transpose", CollectionFunctions::transpose,
            Param.of("values", TerraformType.map(LIST_OF_STRING))),
        Fn.of("zipmap", CollectionFunctions::zipmap, Param.of("keys", LIST_OF_STRING), any("values")));
  }

  private static boolean isSequence(Value v) {
    return v instanceof ListValue l && l.kind() != ListValue.Kind.SET;
  }

  private static Value allOrAny(Args a, boolean all) {
    UnknownValue unknown = null;
    for (Value v : ((ListValue) a.get(0)).elements()) {
      if (v instanceof UnknownValue u) {
        unknown = unknown == null ? u : unknown;
      } else if (v instanceof BoolValue b && b.value() != all) {
        // One false decides alltrue, one true decides anytrue, whatever else is unknown.
        return a.bool(!all);
      } else if (v instanceof NullValue && all) {
        return a.bool(false);
      }
    }
    if (unknown != null) {
      Args.known(unknown);
    }
    return a.bool(all);
  }

  private static Value chunklist(Args a) throws FunctionException {
    ListValue list = (ListValue) a.get(0);
    int size = a.integer(1);
    if (size < 0) {
      throw a.error(1, "the size argument must be positive");
    }
    List<Value> chunks = new ArrayList<>();
    if (size == 0) {
      chunks.add(a.list(list.elements()));
      return a.list(chunks);
    }
    for (int i = 0; i < list.size(); i += size) {
      chunks.add(a.list(list.elements().subList(i, Math.min(list.size(), i + size))));
    }
    return a.list(chunks);
  }

  private static Value coalesce(Args a) throws FunctionException {
    List<TerraformType> types = new ArrayList<>();
    for (Value v : a.all()) {
      types.add(TerraformType.of(v));
    }
    TerraformType common = TerraformType.unify(types);
    if (common == null) {
      throw a.error("all arguments must have the same type");
    }
    for (int i = 0; i < a.size(); i++) {
      Value v = Args.known(a.get(i));
      if (v instanceof NullValue) {
        continue;
      }
      try {
        v = Conversions.convert(v, common);
      } catch (ConversionException e) {
        throw a.error(i, e.getMessage());
      }
      if (v instanceof StringValue s && s.value().isEmpty()) {
        continue;
      }
      return v;
    }
    throw a.error("no non-null, non-empty-string arguments");
  }

  private static Value coalescelist(Args a) throws FunctionException {
    for (int i = 0; i < a.size(); i++) {
      Value v = Args.known(a.get(i));
      if (v instanceof NullValue) {
        continue;
      }
      if (!isSequence(v)) {
        throw a.error(i, "coalescelist arguments must be lists or tuples");
      }
      if (((ListValue) v).size() > 0) {
        return v;
      }
    }
    throw a.error("no non-null arguments");
  }

  private static Value compact(Args a) {
    List<Value> out = new ArrayList<>();
    for (Value v : ((ListValue) a.get(0)).elements()) {
      // compact([cond ? data.x.json : ""]): a string whose content is unknown but which is known not
      // to be empty stays, so the list (of policy documents, say) keeps its shape.
      if (v instanceof UnknownValue u && knownNonEmpty(u)) {
        out.add(v);
        continue;
      }
      Args.known(v);
      if (v instanceof StringValue s && !s.value().isEmpty()) {
        out.add(v);
      }
    }
    return a.list(out);
  }

  private static boolean knownNonEmpty(UnknownValue u) {
    return u.present() || u.partialText() != null
        && u.partialText().chars().anyMatch(c -> c != UnknownValue.HOLE);
  }

  private static Value concat(Args a) throws FunctionException {
    List<Value> out = new ArrayList<>();
    boolean allLists = true;
    for (int i = 0; i < a.size(); i++) {
      Value v = Args.known(a.get(i));
      if (!isSequence(v)) {
        throw a.error(i, "all arguments must be lists or tuples; got " + v.typeName());
      }
      ListValue l = (ListValue) v;
      allLists &= l.kind() != ListValue.Kind.TUPLE;
      out.addAll(l.elements());
    }
    return allLists ? a.list(out) : a.tuple(out);
  }

  private static Value contains(Args a) throws FunctionException {
    Value list = Args.known(a.get(0));
    if (!(list instanceof ListValue l)) {
      throw a.error(0, "argument must be list, tuple, or set");
    }
    Value x = Args.whollyKnown(a.get(1));
    UnknownValue unknown = null;
    for (Value e : l.elements()) {
      if (!e.isWhollyKnown()) {
        unknown = unknown == null ? e.firstUnknown() : unknown;
      } else if (e.sameAs(x)) {
        return a.bool(true);
      }
    }
    if (unknown != null) {
      Args.known(unknown);
    }
    return a.bool(false);
  }

  private static Value distinct(Args a) {
    ListValue list = (ListValue) Args.whollyKnown(a.get(0));
    List<Value> out = new ArrayList<>();
    for (Value e : list.elements()) {
      if (out.stream().noneMatch(o -> o.sameAs(e))) {
        out.add(e);
      }
    }
    return a.list(out);
  }

  private static Value element(Args a) throws FunctionException {
    Value v = Args.known(a.get(0));
    if (!isSequence(v)) {
      throw a.error(0, "the element function requires a list or tuple");
    }
    ListValue l = (ListValue) v;
    int index = a.integer(1);
    if (index < 0) {
      throw a.error(1, "cannot use element function with a negative index");
    }
    if (l.isEmpty()) {
      throw a.error(0, "cannot use element function with an empty list");
    }
    return l.get(index % l.size());
  }

  private static Value flatten(Args a) throws FunctionException {
    Value v = Args.known(a.get(0));
    if (!(v instanceof ListValue l)) {
      throw a.error(0, "can only flatten lists, sets and tuples");
    }
    List<Value> out = new ArrayList<>();
    flattenInto(l, out, 0);
    return a.tuple(out);
  }

  private static void flattenInto(ListValue l, List<Value> out, int depth) {
    for (Value e : l.elements()) {
      // An unknown element could be a list to flatten: the result's shape is unknown.
      Args.known(e);
      if (e instanceof ListValue inner && depth < 1000) {
        flattenInto(inner, out, depth + 1);
      } else {
        out.add(e);
      }
    }
  }

  private static Value index(Args a) throws FunctionException {
    Value v = Args.known(a.get(0));
    if (!isSequence(v)) {
      throw a.error(0, "argument must be a list or tuple");
    }
    Value x = Args.whollyKnown(a.get(1));
    ListValue l = (ListValue) v;
    for (int i = 0; i < l.size(); i++) {
      Value e = Args.whollyKnown(l.get(i));
      if (e.sameAs(x)) {
        return a.num(i);
      }
    }
    throw a.error("item not found");
  }

  private static Value keysOrValues(Args a, boolean keys) throws FunctionException {
    Value v = Args.known(a.get(0));
    if (!(v instanceof MapValue m)) {
      throw a.error(0, "must have map or object type");
    }
    List<String> sorted = new ArrayList<>(m.keys());
    sorted.sort(Conversions::compareCodePoints);
    List<Value> out = new ArrayList<>();
    for (String k : sorted) {
      out.add(keys ? a.str(k) : m.get(k));
    }
    return m.kind() == MapValue.Kind.MAP ? a.list(out) : a.tuple(out);
  }

  private static Value length(Args a) throws FunctionException {
    Value v = a.get(0);
    if (v instanceof StringValue s) {
      return a.num(Text.graphemes(s.value()).size());
    } else if (v instanceof ListValue l) {
      if (l.kind() == ListValue.Kind.SET && !l.isWhollyKnown()) {
        // Unknown elements might turn out equal to others: the set's size is not known.
        Args.whollyKnown(l);
      }
      return a.num(l.size());
    } else if (v instanceof MapValue m) {
      return a.num(m.size());
    }
    throw a.error(0, "argument must be a string, a collection type, or a structural type");
  }

  private static Value lookup(Args a) throws FunctionException {
    if (a.size() > 3) {
      throw a.error(3, "lookup() takes no more than one argument for the default value");
    }
    Value v = Args.known(a.get(0));
    if (!(v instanceof MapValue m)) {
      throw a.error(0, "the first argument must be a map or an object");
    }
    String key = a.string(1);
    if (m.has(key)) {
      // Found: it came from the map, whatever the unused default came through.
      Value found = m.get(key);
      return found.origin().isEmpty() ? found.withOrigin(m.origin()) : found;
    }
    if (a.size() == 3) {
      Value dflt = a.get(2);
      if (m.kind() == MapValue.Kind.MAP && !m.entries().isEmpty() && !(dflt instanceof UnknownValue)) {
        TerraformType element = TerraformType.of(m).equals(TerraformType.ANY) ? TerraformType.ANY
            : ((TerraformType.MapType) TerraformType.of(m)).element();
        TerraformType common = TerraformType.unify(List.of(element, TerraformType.of(dflt)));
        if (common != null) {
          try {
            return Conversions.convert(dflt, common);
          } catch (ConversionException e) {
            throw a.error(2, e.getMessage());
          }
        }
      }
      return dflt;
    }
    throw a.error("lookup failed to find the given key");
  }

  private static Value matchkeys(Args a) throws FunctionException {
    ListValue values = (ListValue) a.get(0);
    ListValue keys = (ListValue) Args.whollyKnown(a.get(1));
    ListValue search = (ListValue) Args.whollyKnown(a.get(2));
    if (values.size() != keys.size()) {
      throw a.error("length of keys and values should be equal");
    }
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Value k = keys.get(i);
      if (search.elements().stream().anyMatch(s -> s.sameAs(k))) {
        out.add(values.get(i));
      }
    }
    return a.list(out);
  }

  private static Value merge(Args a) throws FunctionException {
    Map<String, Value> entries = new LinkedHashMap<>();
    Map<String, SourceRange> ranges = new LinkedHashMap<>();
    boolean allMaps = true;
    for (int i = 0; i < a.size(); i++) {
      Value v = a.get(i);
      if (v instanceof NullValue) {
        continue;
      }
      Args.known(v);
      if (!(v instanceof MapValue m)) {
        throw a.error(i, "arguments must be maps or objects, got " + v.typeName());
      }
      allMaps &= m.kind() == MapValue.Kind.MAP;
      for (String k : m.keys()) {
        entries.put(k, m.get(k));
        ranges.put(k, m.memberRange(k));
      }
    }
    MapValue.Kind kind = MapValue.Kind.OBJECT;
    if (allMaps) {
      List<TerraformType> types = new ArrayList<>();
      entries.values().forEach(e -> types.add(TerraformType.of(e)));
      if (TerraformType.unify(types) != null) {
        kind = MapValue.Kind.MAP;
      }
    }
    return new MapValue(entries, ranges, kind, a.range(), dev.iaclint.core.value.Origin.NONE);
  }

  private static Value one(Args a) throws FunctionException {
    Value v = Args.known(a.get(0));
    if (!(v instanceof ListValue l)) {
      throw a.error(0, "must be a list, set, or tuple value with either zero or one elements");
    }
    if (l.kind() == ListValue.Kind.SET && l.size() > 1 && !l.isWhollyKnown()) {
      Args.whollyKnown(l);
    }
    return switch (l.size()) {
      case 0 -> a.nul();
      case 1 -> l.get(0);
      default -> throw a.error(0, "must be a list, set, or tuple value with either zero or one elements");
    };
  }

  private static Value range(Args a) throws FunctionException {
    BigDecimal start;
    BigDecimal end;
    BigDecimal step;
    switch (a.size()) {
      case 1 -> {
        start = BigDecimal.ZERO;
        end = a.number(0);
        step = end.signum() < 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE;
      }
      case 2 -> {
        start = a.number(0);
        end = a.number(1);
        step = end.compareTo(start) < 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE;
      }
      case 3 -> {
        start = a.number(0);
        end = a.number(1);
        step = a.number(2);
      }
      default -> throw a.error("must have one, two, or three arguments");
    }
    if (step.signum() == 0) {
      throw a.error(2, "step must not be zero");
    }
    boolean down = step.signum() < 0;
    List<Value> out = new ArrayList<>();
    if (down ? end.compareTo(start) > 0 : end.compareTo(start) < 0) {
      return a.list(out);
    }
    for (BigDecimal v = start; down ? v.compareTo(end) > 0 : v.compareTo(end) < 0; v = v.add(step)) {
      if (out.size() >= 1024) {
        throw a.error("more than 1024 values were generated; either decrease the difference between start "
            + "and limit or use a smaller step");
      }
      out.add(a.num(v));
    }
    return a.list(out);
  }

  private static Value reverse(Args a) throws FunctionException {
    Value v = Args.known(a.get(0));
    if (!isSequence(v)) {
      throw a.error(0, "can only reverse list or tuple values, not " + v.typeName());
    }
    ListValue l = (ListValue) v;
    List<Value> out = new ArrayList<>(l.elements());
    java.util.Collections.reverse(out);
    return l.kind() == ListValue.Kind.TUPLE ? a.tuple(out) : a.list(out);
  }

  private static Value setOp(Args a, String op) throws FunctionException {
    List<ListValue> sets = new ArrayList<>();
    List<TerraformType> types = new ArrayList<>();
    for (Value v : a.all()) {
      ListValue s = (ListValue) Args.whollyKnown(v);
      sets.add(s);
      types.add(TerraformType.of(s));
    }
    if (TerraformType.unify(types) == null) {
      throw a.error("given sets must all have compatible element types");
    }
    List<Value> out = new ArrayList<>(sets.get(0).elements());
    for (int i = 1; i < sets.size(); i++) {
      ListValue other = sets.get(i);
      switch (op) {
        case "union" -> out.addAll(other.elements());
        case "intersection" -> out.removeIf(e -> other.elements().stream().noneMatch(o -> o.sameAs(e)));
        default -> out.removeIf(e -> other.elements().stream().anyMatch(o -> o.sameAs(e)));
      }
    }
    return a.set(out);
  }

  private static Value setproduct(Args a) throws FunctionException {
    if (a.size() < 2) {
      throw a.error("at least two arguments are required");
    }
    boolean allLists = true;
    List<List<Value>> inputs = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      Value v = Args.known(a.get(i));
      if (!(v instanceof ListValue l)) {
        throw a.error(i, "a set or a list is required");
      }
      if (l.kind() == ListValue.Kind.SET) {
        allLists = false;
      }
      inputs.add(l.elements());
    }
    List<List<Value>> product = new ArrayList<>();
    product.add(List.of());
    for (List<Value> in : inputs) {
      List<List<Value>> next = new ArrayList<>();
      for (List<Value> prefix : product) {
        for (Value e : in) {
          List<Value> t = new ArrayList<>(prefix);
          t.add(e);
          next.add(t);
        }
        if (next.size() > 100_000) {
          throw a.error("the product has too many elements");
        }
      }
      product = next;
    }
    List<Value> out = new ArrayList<>();
    for (List<Value> t : product) {
      out.add(a.tuple(t));
    }
    return allLists ? a.list(out) : a.set(out);
  }

  private static Value slice(Args a) throws FunctionException {
    Value v = Args.known(a.get(0));
    if (!isSequence(v)) {
      throw a.error(0, "must be a list or tuple value");
    }
    ListValue l = (ListValue) v;
    int start = a.integer(1);
    int end = a.integer(2);
    if (start < 0) {
      throw a.error(1, "start index must not be less than zero");
    }
    if (end > l.size()) {
      throw a.error(2, "end index must not be greater than the length of the list");
    }
    if (start > end) {
      throw a.error(1, "start index must not be greater than end index");
    }
    List<Value> out = l.elements().subList(start, end);
    return l.kind() == ListValue.Kind.TUPLE ? a.tuple(out) : a.list(out);
  }

  private static Value sort(Args a) throws FunctionException {
    ListValue l = (ListValue) Args.whollyKnown(a.get(0));
    List<Value> out = new ArrayList<>(l.elements());
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) instanceof NullValue) {
        throw a.error(0, "given list element " + i + " is null; a null string cannot be sorted");
      }
    }
    out.sort((x, y) -> Conversions.compareCodePoints(((StringValue) x).value(), ((StringValue) y).value()));
    return a.list(out);
  }

  private static Value sum(Args a) throws FunctionException {
    Value v = Args.known(a.get(0));
    if (!(v instanceof ListValue l)) {
      throw a.error(0, "argument must be list, set, or tuple. Received " + v.typeName());
    }
    if (l.isEmpty()) {
      throw a.error(0, "cannot sum an empty list");
    }
    Args.whollyKnown(l);
    BigDecimal total = BigDecimal.ZERO;
    for (Value e : l.elements()) {
      if (e instanceof NullValue) {
        throw a.error(0, "argument must be list, set, or tuple of number values");
      }
      try {
        total = total.add(((NumberValue) Conversions.convert(e, TerraformType.NUMBER)).value());
      } catch (ConversionException ex) {
        throw a.error(0, ex.getMessage());
      }
    }
    return a.num(total);
  }

  private static Value transpose(Args a) throws FunctionException {
    MapValue m = (MapValue) Args.whollyKnown(a.get(0));
    Map<String, List<Value>> out = new TreeMap<>(Conversions::compareCodePoints);
    List<String> keys = new ArrayList<>(m.keys());
    keys.sort(Conversions::compareCodePoints);
    for (String k : keys) {
      if (!(m.get(k) instanceof ListValue l)) {
        throw a.error(0, "input must be a map of lists of strings");
      }
      for (Value e : l.elements()) {
        if (!(e instanceof StringValue s)) {
          throw a.error(0, "input must be a map of lists of strings");
        }
        out.computeIfAbsent(s.value(), x -> new ArrayList<>()).add(a.str(k));
      }
    }
    Map<String, Value> result = new LinkedHashMap<>();
    out.forEach((k, v) -> result.put(k, a.list(v)));
    return a.map(result);
  }

  private static Value zipmap(Args a) throws FunctionException {
    ListValue keys = (ListValue) Args.whollyKnown(a.get(0));
    Value v = Args.known(a.get(1));
    if (!isSequence(v)) {
      throw a.error(1, "values must be a list or tuple");
    }
    ListValue values = (ListValue) v;
    if (keys.size() != values.size()) {
      throw a.error("number of keys (" + keys.size() + ") does not match number of values (" + values.size() + ")");
    }
    Map<String, Value> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      if (!(keys.get(i) instanceof StringValue k)) {
        throw a.error(0, "element " + i + " is null; map keys must not be null");
      }
      out.remove(k.value());
      out.put(k.value(), values.get(i));
    }
    return values.kind() == ListValue.Kind.TUPLE ? a.object(out) : a.map(out);
  }
}
