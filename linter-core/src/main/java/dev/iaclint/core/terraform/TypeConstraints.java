package dev.iaclint.core.terraform;

import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.FunctionCallExpr;
import dev.iaclint.core.hcl.ast.LiteralExpr;
import dev.iaclint.core.hcl.ast.ObjectExpr;
import dev.iaclint.core.hcl.ast.ObjectItem;
import dev.iaclint.core.hcl.ast.ScopeTraversalExpr;
import dev.iaclint.core.hcl.ast.TemplateExpr;
import dev.iaclint.core.hcl.ast.TupleExpr;
import dev.iaclint.core.terraform.eval.Evaluator;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code variable} block's {@code type} argument: {@code string}, {@code list(string)},
 * {@code map(object({name = string, port = optional(number, 9200)}))}, {@code any}, and the
 * legacy quoted {@code "string"}, {@code "list"} and {@code "map"}.
 */
public final class TypeConstraints {
  private TypeConstraints() {}

  /**
   * The type {@code e} names.
   *
   * @param constants evaluates {@code optional()} defaults and reports what cannot be read
   */
  public static TerraformType parse(Expression e, Evaluator constants) {
    TerraformType t = read(e, constants);
    if (t == null) {
      constants.error(e.range(), "Invalid type specification: iaclint reads it as 'any'");
      return TerraformType.ANY;
    }
    return t;
  }

  /** Whether {@code type} is string, number or bool: then {@code --var} and TF_VAR_ values are literal strings. */
  public static boolean isPrimitive(TerraformType type) {
    return type instanceof TerraformType.Primitive;
  }

  private static TerraformType read(Expression e, Evaluator constants) {
    if (e instanceof ScopeTraversalExpr t && t.steps().isEmpty()) {
      return keyword(t.root());
    }
    if (e instanceof LiteralExpr l && l.value() instanceof String s) {
      return legacy(s);
    }
    if (e instanceof TemplateExpr t && t.literalValue().isPresent()) {
      return legacy(t.literalValue().get());
    }
    if (!(e instanceof FunctionCallExpr f) || f.namespace() != null) {
      return null;
    }
    List<Expression> args = f.args();
    switch (f.name()) {
      case "list", "set", "map" -> {
        if (args.size() != 1) {
          return null;
        }
        TerraformType element = read(args.get(0), constants);
        if (element == null) {
          return null;
        }
        return switch (f.name()) {
          case "list" -> new TerraformType.ListType(element);
          case "set" -> new TerraformType.SetType(element);
          default -> new TerraformType.MapType(element);
        };
      }
      case "tuple" -> {
        if (args.size() != 1 || !(args.get(0) instanceof TupleExpr tuple)) {
          return null;
        }
        List<TerraformType> elements = new ArrayList<>();
        for (Expression item : tuple.items()) {
          TerraformType t = read(item, constants);
          if (t == null) {
            return null;
          }
          elements.add(t);
        }
        return new TerraformType.TupleType(elements);
      }
      case "object" -> {
        if (args.size() != 1 || !(args.get(0) instanceof ObjectExpr object)) {
          return null;
        }
        return object(object, constants);
      }
      default -> {
        return null;
      }
    }
  }

  private static TerraformType object(ObjectExpr object, Evaluator constants) {
    Map<String, TerraformType> attributes = new LinkedHashMap<>();
    Set<String> optional = new HashSet<>();
    Map<String, Value> defaults = new LinkedHashMap<>();
    for (ObjectItem item : object.items()) {
      String name = item.literalKey().orElse(null);
      if (name == null) {
        return null;
      }
      Expression type = item.value();
      if (type instanceof FunctionCallExpr opt && opt.namespace() == null && opt.name().equals("optional")
          && !opt.args().isEmpty() && opt.args().size() <= 2) {
        TerraformType t = read(opt.args().get(0), constants);
        if (t == null) {
          return null;
        }
        attributes.put(name, t);
        optional.add(name);
        if (opt.args().size() == 2) {
          Value dflt = constants.evaluate(opt.args().get(1));
          try {
            defaults.put(name, Conversions.convert(dflt, t));
          } catch (ConversionException ex) {
            constants.error(opt.args().get(1).range(), "Invalid default value for optional attribute \"" + name
                + "\": " + ex.getMessage());
          }
        }
        continue;
      }
      TerraformType t = read(type, constants);
      if (t == null) {
        return null;
      }
      attributes.put(name, t);
    }
    return new TerraformType.ObjectType(attributes, optional, defaults);
  }

  private static TerraformType keyword(String name) {
    return switch (name) {
      case "string" -> TerraformType.STRING;
      case "number" -> TerraformType.NUMBER;
      case "bool" -> TerraformType.BOOL;
      case "any" -> TerraformType.ANY;
      // Terraform 0.11's bare list and map.
      case "list" -> new TerraformType.ListType(TerraformType.ANY);
      case "map" -> new TerraformType.MapType(TerraformType.ANY);
      default -> null;
    };
  }

  private static TerraformType legacy(String quoted) {
    return switch (quoted) {
      case "string" -> TerraformType.STRING;
      case "list" -> new TerraformType.ListType(TerraformType.ANY);
      case "map" -> new TerraformType.MapType(TerraformType.ANY);
      default -> null;
    };
  }
}
