package dev.iaclint.core.terraform.functions;

import static dev.iaclint.core.terraform.functions.Fn.any;

import dev.iaclint.core.terraform.ConversionException;
import dev.iaclint.core.terraform.Conversions;
import dev.iaclint.core.terraform.TerraformType;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** tobool, tonumber, tostring, tolist, toset, tomap, type, sensitive, nonsensitive. */
final class TypeFunctions {
  private TypeFunctions() {
  }

  static List<TerraformFunction> all() {
    return List.of(
        to("tobool", TerraformType.BOOL),
        to("tonumber", TerraformType.NUMBER),
        to("tostring", TerraformType.STRING),
        to("tolist", TerraformType.list(TerraformType.ANY)),
        to("toset", TerraformType.set(TerraformType.ANY)),
        to("tomap", TerraformType.map(TerraformType.ANY)),
        // iaclint does not track sensitivity: these pass the value through unchanged.
        Fn.of("sensitive", a -> a.get(0), any("value").nullable().unknowable()),
        Fn.of("nonsensitive", a -> a.get(0), any("value").nullable().unknowable()),
        Fn.of("type", a -> a.str(describe(TerraformType.of(a.get(0)))), any("value").nullable()));
  }

  private static TerraformFunction to(String name, TerraformType want) {
    return Fn.of(name, a -> {
      Value v = a.get(0);
      try {
        return Conversions.convert(v, want);
      } catch (ConversionException e) {
        if (v instanceof StringValue && want == TerraformType.BOOL) {
          throw a.error(0, "cannot convert this string to bool; only the strings \"true\" or \"false\" are allowed");
        }
        if (v instanceof StringValue && want == TerraformType.NUMBER) {
          throw a.error(0, "cannot convert this string to number; given string must be a decimal representation "
              + "of a number");
        }
        if (!TerraformType.convertible(TerraformType.of(v), want)) {
          throw a.error(0, "cannot convert " + v.typeName() + " to " + want.friendlyName());
        }
        throw a.error(0, e.getMessage());
      }
    }, any("v").nullable());
  }

  /** The type as Terraform writes it in type constraints. */
  static String describe(TerraformType t) {
    if (t instanceof TerraformType.Primitive p) {
      return p.friendlyName();
    } else if (t instanceof TerraformType.ListType l) {
      return "list(" + describe(l.element()) + ")";
    } else if (t instanceof TerraformType.SetType s) {
      return "set(" + describe(s.element()) + ")";
    } else if (t instanceof TerraformType.MapType m) {
      return "map(" + describe(m.element()) + ")";
    } else if (t instanceof TerraformType.TupleType tu) {
      return tu.elements().stream().map(TypeFunctions::describe).collect(Collectors.joining(", ", "tuple([", "])"));
    } else if (t instanceof TerraformType.ObjectType o) {
      return o.attributes().entrySet().stream()
          .map((Map.Entry<String, TerraformType> e) -> e.getKey() + "=" + describe(e.getValue()))
          .collect(Collectors.joining(", ", "object({", "})"));
    }
    return "dynamic";
  }
}
