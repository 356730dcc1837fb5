package dev.iaclint.maven;

import dev.iaclint.core.config.FindingPolicy;
import dev.iaclint.core.report.ReportFormat;
import dev.iaclint.core.rule.Severity;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run of {@code iaclint:check}, with every parameter already parsed and resolved.
 *
 * @param directories what to scan
 * @param excludes globs relative to each scanned directory (the user's, the build directory's and
 *     the modules')
 * @param ruleDirectories directories of custom YAML rules, added to the installed ones
 * @param workingDirectory paths in log lines and editor-facing reports are relative to it (the
 *     directory Maven was started in)
 * @param outputDirectory where the reports go
 * @param policy severity overrides, filters, inline suppressions and the baseline, applied to the
 *     scan's findings
 * @param failOn findings at this severity or worse fail the build
 * @param softFail findings never fail the build (input errors still do)
 * @param failOnParseErrors whether an unreadable or unparsable input fails the build
 * @param environment where {@code TF_VAR_name} values come from
 * @param toolVersion the version reports name
 */
record CheckSettings(
    List<Path> directories,
    List<String> excludes,
    List<Path> ruleDirectories,
    Path workingDirectory,
    Path outputDirectory,
    List<ReportFormat> formats,
    FindingPolicy policy,
    Severity failOn,
    boolean softFail,
    boolean failOnParseErrors,
    Map<String, String> terraformVars,
    List<Path> terraformVarFiles,
    Map<String, String> cloudFormationParameters,
    Map<String, String> environment,
    String toolVersion) {

  CheckSettings {
    directories = List.copyOf(directories);
    excludes = List.copyOf(excludes);
    ruleDirectories = List.copyOf(ruleDirectories);
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    formats = List.copyOf(formats);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(failOn, "failOn");
    terraformVars = Collections.unmodifiableMap(new LinkedHashMap<>(terraformVars));
    terraformVarFiles = List.copyOf(terraformVarFiles);
    cloudFormationParameters = Collections.unmodifiableMap(new LinkedHashMap<>(cloudFormationParameters));
    environment = Map.copyOf(environment);
    Objects.requireNonNull(toolVersion, "toolVersion");
  }
}
