package dev.iaclint.core.value;

import dev.iaclint.core.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The path a value took from where it was set to where it is used, outermost step last.
 *
 * <p>A finding on {@code enabled = var.encrypt} whose value {@code false} came from
 * {@code terraform.tfvars} carries one {@link Step} of kind {@link Kind#TFVARS_FILE} naming
 * {@code encrypt} and the tfvars range, so reports can say where to fix it.
 */
public record Origin(List<Step> steps) {
  public static final Origin NONE = new Origin(List.of());

  /** Where an input value was set. */
  public enum Kind {
    /** {@code default} in a {@code variable} block. */
    VARIABLE_DEFAULT("variable default"),
    /** {@code terraform.tfvars}, {@code *.auto.tfvars} and their JSON forms, loaded automatically. */
    TFVARS_FILE("tfvars file"),
    /** A file named with {@code --var-file}. */
    VAR_FILE("--var-file"),
    /** {@code --var NAME=VALUE} on the command line. */
    CLI_VAR("--var"),
    /** A {@code TF_VAR_name} environment variable. */
    ENVIRONMENT("environment"),
    /** An argument of a {@code module} call. */
    MODULE_INPUT("module input"),
    /** A {@code locals} entry. */
    LOCAL("local value"),
    /** A CloudFormation parameter's {@code Default}. */
    PARAMETER_DEFAULT("parameter default"),
    /** A CloudFormation parameter given with {@code --cfn-param}. */
    PARAMETER_OVERRIDE("--cfn-param");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One hop.
   *
   * @param name the variable, local, parameter or module-call name ({@code encrypt}, {@code module.search})
   * @param range where it was set: the tfvars attribute, the default, the call-site argument
   */
  public record Step(Kind kind, String name, SourceRange range) {
    public Step {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(range, "range");
    }

    /** "variable 'encrypt' set in terraform.tfvars:3:1". */
    public String describe() {
      String what = switch (kind) {
        case MODULE_INPUT -> "input '" + name + "'";
        case LOCAL -> "local '" + name + "'";
        case PARAMETER_DEFAULT, PARAMETER_OVERRIDE -> "parameter '" + name + "'";
        default -> "variable '" + name + "'";
      };
      return what + " (" + kind.label() + ") at " + range.toShortString();
    }
  }

  public Origin {
    steps = List.copyOf(steps);
  }

  public static Origin of(Step step) {
    return new Origin(List.of(step));
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /** This origin with {@code step} appended as the outermost hop. */
  public Origin then(Step step) {
    List<Step> all = new ArrayList<>(steps.size() + 1);
    all.addAll(steps);
    all.add(step);
    return new Origin(all);
  }

  /** The innermost step: where the value was first set, or {@code null}. */
  public Step source() {
    return steps.isEmpty() ? null : steps.get(0);
  }
}
