package dev.iaclint.core.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a scan needs to know, whoever asks for it (the CLI, the Maven plugin, a test).
 * Immutable; build it with {@link #builder()}.
 */
public final class ScanRequest {
  private final List<Path> paths;
  private final List<String> excludePaths;
  private final List<TerraformInput> terraformInputs;
  private final Map<String, String> environment;
  private final Map<String, String> cloudFormationParameters;
  private final List<Path> customRuleDirectories;

  private ScanRequest(Builder b) {
    this.paths = List.copyOf(b.paths);
    this.excludePaths = List.copyOf(b.excludePaths);
    this.terraformInputs = List.copyOf(b.terraformInputs);
    this.environment = Map.copyOf(b.environment);
    this.cloudFormationParameters = Map.copyOf(b.cloudFormationParameters);
    this.customRuleDirectories = List.copyOf(b.customRuleDirectories);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Files and directories to scan. */
  public List<Path> paths() {
    return paths;
  }

  /** Glob patterns (relative to the scan root, {@code **} allowed) of paths to leave out. */
  public List<String> excludePaths() {
    return excludePaths;
  }

  /** One {@code --var} or {@code --var-file}: Terraform applies them in command-line order, later ones winning. */
  public sealed interface TerraformInput {
    /** {@code --var NAME=VALUE}: the value as written on the command line, parsed like Terraform does. */
    record Var(String name, String value) implements TerraformInput {
      public Var {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
      }
    }

    /** {@code --var-file FILE}. */
    record VarFile(Path file) implements TerraformInput {
      public VarFile {
        Objects.requireNonNull(file, "file");
      }
    }
  }

  /** {@code --var} and {@code --var-file} in the order given: a later one wins over an earlier one. */
  public List<TerraformInput> terraformInputs() {
    return terraformInputs;
  }

  /** The environment {@code TF_VAR_name} values are read from; empty unless the caller passes one. */
  public Map<String, String> environment() {
    return environment;
  }

  /** {@code --cfn-param NAME=VALUE}: overrides of CloudFormation parameter defaults. */
  public Map<String, String> cloudFormationParameters() {
    return cloudFormationParameters;
  }

  /**
   * {@code --rules DIR}: directories of declarative rule files that run alongside the scanner's
   * rules (see {@code dev.iaclint.core.rule.declarative.RuleFiles}).
   */
  public List<Path> customRuleDirectories() {
    return customRuleDirectories;
  }

  public static final class Builder {
    private final List<Path> paths = new ArrayList<>();
    private final List<String> excludePaths = new ArrayList<>();
    private final List<TerraformInput> terraformInputs = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, String> cloudFormationParameters = new LinkedHashMap<>();
    private final List<Path> customRuleDirectories = new ArrayList<>();

    public Builder path(Path path) {
      paths.add(Objects.requireNonNull(path));
      return this;
    }

    public Builder paths(List<Path> all) {
      all.forEach(this::path);
      return this;
    }

    /**
     * Leaves out paths matching {@code glob}, relative to each scan path ({@link PathGlobs}).
     *
     * @throws IllegalArgumentException when the glob is not valid, with a one-line reason
     */
    public Builder excludePath(String glob) {
      String problem = PathGlobs.problem(Objects.requireNonNull(glob));
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      excludePaths.add(glob);
      return this;
    }

    /** Appends {@code --var NAME=VALUE}: it wins over the inputs added before it. */
    public Builder terraformVar(String name, String value) {
      terraformInputs.add(new TerraformInput.Var(name, value));
      return this;
    }

    /** Appends {@code --var-file FILE}: it wins over the inputs added before it. */
    public Builder terraformVarFile(Path file) {
      terraformInputs.add(new TerraformInput.VarFile(file));
      return this;
    }

    public Builder environment(Map<String, String> env) {
      environment.clear();
      environment.putAll(env);
      return this;
    }

    public Builder cloudFormationParameter(String name, String value) {
      cloudFormationParameters.put(name, value);
      return this;
    }

    public Builder customRuleDirectory(Path directory) {
      customRuleDirectories.add(Objects.requireNonNull(directory));
      return this;
    }

    public ScanRequest build() {
      return new ScanRequest(this);
    }
  }
}
