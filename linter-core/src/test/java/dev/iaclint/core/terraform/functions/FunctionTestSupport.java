package dev.iaclint.core.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.terraform.Conversions;
import dev.iaclint.core.value.BoolValue;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;

/** Builders for values, a full rendering for assertions, and calls through the standard registry. */
class FunctionTestSupport {
  static final SourceFile FILE = SourceFile.of("main.tf", "x = f()\n");
  static final SourceRange ARG = new SourceRange(FILE, 1, 1, 1, 2, 0, 1);
  static final SourceRange CALL = new SourceRange(FILE, 1, 5, 1, 8, 4, 7);

  FunctionContext ctx = FunctionContext.withoutFiles(CALL);

  static StringValue s(String v) {
    return new StringValue(v, ARG);
  }

  static NumberValue n(String v) {
    return new NumberValue(new BigDecimal(v), ARG);
  }

  static NumberValue n(long v) {
    return new NumberValue(BigDecimal.valueOf(v), ARG);
  }

  static BoolValue b(boolean v) {
    return new BoolValue(v, ARG);
  }

  static NullValue nul() {
    return new NullValue(ARG);
  }

  static UnknownValue unknown(String reason) {
    return new UnknownValue(reason, ARG);
  }

  static ListValue tuple(Value... elements) {
    return new ListValue(Arrays.asList(elements), ListValue.Kind.TUPLE, ARG);
  }

  static ListValue list(Value... elements) {
    return new ListValue(Arrays.asList(elements), ListValue.Kind.LIST, ARG);
  }

  static ListValue set(Value... elements) {
    return Conversions.toSet(Arrays.asList(elements), ARG, dev.iaclint.core.value.Origin.NONE);
  }

  static ListValue strings(String... elements) {
    return tuple(Arrays.stream(elements).map(FunctionTestSupport::s).toArray(Value[]::new));
  }

  /** An object from alternating keys and values. */
  static MapValue obj(Object... kv) {
    return new MapValue(pairs(kv), MapValue.Kind.OBJECT, ARG);
  }

  static MapValue map(Object... kv) {
    return new MapValue(pairs(kv), MapValue.Kind.MAP, ARG);
  }

  private static Map<String, Value> pairs(Object... kv) {
    Map<String, Value> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Value) kv[i + 1]);
    }
    return m;
  }

  Value call(String name, Value... args) throws FunctionException {
    TerraformFunction f = FunctionRegistry.standard().lookup(name);
    assertThat(f).as("function %s", name).isNotNull();
    return f.call(List.of(args), ctx);
  }

  /** The call's result rendered in full, HCL-like: strings quoted, lists [..], sets set[..], maps/objects {k = v}. */
  String eval(String name, Value... args) throws FunctionException {
    Value v = call(name, args);
    assertThat(v.range()).isEqualTo(CALL);
    return show(v);
  }

  AbstractThrowableAssert<?, ? extends Throwable> assertError(String name, Value... args) {
    return assertThatThrownBy(() -> call(name, args)).isInstanceOf(FunctionException.class);
  }

  static String show(Value v) {
    if (v instanceof StringValue s) {
      return '"' + s.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    } else if (v instanceof NumberValue n) {
      return Conversions.numberToString(n.value());
    } else if (v instanceof BoolValue b) {
      return Boolean.toString(b.value());
    } else if (v instanceof NullValue) {
      return "null";
    } else if (v instanceof UnknownValue u) {
      return "unknown(" + u.reason() + ")";
    } else if (v instanceof ListValue l) {
      StringBuilder sb = new StringBuilder(switch (l.kind()) {
        case SET -> "set[";
        case LIST, BLOCKS -> "list[";
        case TUPLE -> "[";
      });
      for (int i = 0; i < l.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(show(l.get(i)));
      }
      return sb.append(']').toString();
    }
    MapValue m = (MapValue) v;
    StringBuilder sb = new StringBuilder(m.kind() == MapValue.Kind.MAP ? "map{" : "{");
    int i = 0;
    for (Map.Entry<String, Value> e : m.entries().entrySet()) {
      sb.append(i++ > 0 ? ", " : "").append(e.getKey()).append(" = ").append(show(e.getValue()));
    }
    return sb.append('}').toString();
  }

  FunctionContext files(Path root, Path moduleDir) {
    return new FunctionContext(CALL, moduleDir, root);
  }
}
