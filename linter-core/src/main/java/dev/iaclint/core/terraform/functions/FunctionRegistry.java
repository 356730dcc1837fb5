package dev.iaclint.core.terraform.functions;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Terraform's built-in functions by name.
 *
 * <p>{@link #lookup} returns {@code null} for a name it does not know (a provider-defined
 * {@code provider::aws::arn_parse}, a function newer than iaclint, a typo): the evaluator evaluates
 * such a call to an unknown. {@code try}, {@code can} and {@code templatefile} are not here: the
 * first two need their arguments unevaluated and {@code templatefile} needs the template parser, so
 * the evaluator implements them ({@link #EVALUATOR_FUNCTIONS}).
 */
public final class FunctionRegistry {
  /** Built-in functions the evaluator implements itself rather than this registry. */
  public static final Set<String> EVALUATOR_FUNCTIONS = Set.of("try", "can", "templatefile");

  private static final FunctionRegistry STANDARD = new FunctionRegistry(build());

  /** Sorted, for {@link #names}. */
  private final Map<String, TerraformFunction> functions;
  /** The same, hashed: every call looks its function up. */
  private final Map<String, TerraformFunction> byName;

  private FunctionRegistry(Map<String, TerraformFunction> functions) {
    this.functions = Collections.unmodifiableMap(functions);
    this.byName = Map.copyOf(functions);
  }

  /** Every built-in function iaclint implements. */
  public static FunctionRegistry standard() {
    return STANDARD;
  }

  private static Map<String, TerraformFunction> build() {
    Map<String, TerraformFunction> all = new TreeMap<>();
    for (List<TerraformFunction> group : List.of(NumericFunctions.all(), StringFunctions.all(),
        FormatFunctions.all(), RegexFunctions.all(), CollectionFunctions.all(), EncodingFunctions.all(),
        FileFunctions.all(), HashFunctions.all(), NetworkFunctions.all(), TypeFunctions.all(),
        TimeFunctions.all())) {
      for (TerraformFunction f : group) {
        if (all.put(f.name(), f) != null) {
          throw new IllegalStateException("function defined twice: " + f.name());
        }
      }
    }
    return all;
  }

  /**
   * The function called {@code name}, or {@code null} when iaclint does not implement it. The
   * {@code core::} namespace Terraform 1.8 allows ({@code core::length}) names the same functions.
   */
  public TerraformFunction lookup(String name) {
    if (name == null) {
      return null;
    }
    String plain = name.startsWith("core::") ? name.substring("core::".length()) : name;
    return byName.get(plain);
  }

  public boolean contains(String name) {
    return lookup(name) != null;
  }

  /** The names of all functions, sorted. */
  public Set<String> names() {
    return functions.keySet();
  }
}
