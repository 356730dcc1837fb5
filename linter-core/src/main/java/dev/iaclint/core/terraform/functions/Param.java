package dev.iaclint.core.terraform.functions;

import dev.iaclint.core.terraform.TerraformType;
import java.util.Objects;

/**
 * A function parameter: its name (used in error messages), the type arguments are converted to,
 * and whether a null or unknown argument is passed to the function instead of being handled
 * generically (null: an error; unknown: an unknown result).
 */
public record Param(String name, TerraformType type, boolean allowNull, boolean allowUnknown) {
  public Param {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static Param of(String name, TerraformType type) {
    return new Param(name, type, false, false);
  }

  public Param nullable() {
    return new Param(name, type, true, allowUnknown);
  }

  public Param unknowable() {
    return new Param(name, type, allowNull, true);
  }
}
