package dev.iaclint.core.config;

import dev.iaclint.core.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contents of a {@code .iaclint.yml}. A {@code null} (or empty collection) means "not set", so
 * that command-line options and defaults can take over. Paths are already resolved against the
 * file's directory.
 *
 * @param file where it was read from; {@code null} for {@link #EMPTY}
 * @param format the stdout format id
 * @param outputs {@code FORMAT=FILE} entries, as on the command line
 * @param severityOverrides {@code rules: {ID: {severity: LOW}}}
 * @param disabledRules {@code rules: {ID: {enabled: false}}}
 * @param customRuleDirectories {@code custom-rules: [dir]}
 */
public record IaclintConfig(
    Path file,
    String format,
    List<String> outputs,
    Severity failOn,
    Boolean softFail,
    List<String> include,
    List<String> exclude,
    List<String> excludePaths,
    Map<String, String> vars,
    List<Path> varFiles,
    Map<String, String> cfnParams,
    Path baseline,
    Boolean inlineSuppressions,
    Map<String, Severity> severityOverrides,
    Set<String> disabledRules,
    List<Path> customRuleDirectories) {

  public static final IaclintConfig EMPTY = new IaclintConfig(null, null, List.of(), null, null,
      List.of(), List.of(), List.of(), Map.of(), List.of(), Map.of(), null, null, Map.of(), Set.of(),
      List.of());

  public IaclintConfig {
    outputs = List.copyOf(outputs);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    excludePaths = List.copyOf(excludePaths);
    vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
    varFiles = List.copyOf(varFiles);
    cfnParams = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cfnParams));
    severityOverrides = Map.copyOf(severityOverrides);
    disabledRules = Set.copyOf(disabledRules);
    customRuleDirectories = List.copyOf(customRuleDirectories);
  }
}
