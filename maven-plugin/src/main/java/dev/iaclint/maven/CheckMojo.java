package dev.iaclint.maven;

import dev.iaclint.core.baseline.Baseline;
import dev.iaclint.core.baseline.BaselineException;
import dev.iaclint.core.config.ConfigException;
import dev.iaclint.core.config.ConfigLoader;
import dev.iaclint.core.config.FindingFilter;
import dev.iaclint.core.config.FindingPolicy;
import dev.iaclint.core.config.IaclintConfig;
import dev.iaclint.core.report.ReportFormat;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.scan.Scanner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Scans the module's infrastructure as code (Terraform, CloudFormation, Kubernetes manifests,
 * docker-compose files, {@code elasticsearch.yml}) and fails the build when it finds
 * misconfigurations at or above {@code failOn}, or an input it cannot read or parse.
 *
 * <p>Each finding is one line in the build log, {@code path:line:col: error|warning: message
 * [RULE_ID]}: {@code [ERROR]} for CRITICAL and HIGH, {@code [WARNING]} for MEDIUM and LOW. The
 * reports (SARIF and JSON by default) go to <code>${project.build.directory}/iaclint/</code>. The scan
 * runs in the Maven JVM with the same engine as the {@code iaclint} command line; it needs no
 * network.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

  /** Skips the check. */
  @Parameter(property = "iaclint.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Files and directories to scan. Default: the module's base directory. The build directory and
   * the subdirectories that are modules of this project are always left out, since those modules
   * scan them when they are built (see {@code excludeModules}).
   */
  @Parameter(property = "iaclint.directories")
  private List<File> directories;

  /**
   * Glob patterns of paths to leave out, relative to each scanned directory ({@code **} allowed),
   * for example {@code src/test/resources/**}. Default: {@code exclude-path} in the configuration
   * file.
   */
  @Parameter(property = "iaclint.excludes")
  private List<String> excludes;

  /**
   * Leave out the subdirectories that are modules of this project ({@code <modules>}), so that a
   * reactor build reports every finding once, from the module it belongs to.
   */
  @Parameter(property = "iaclint.excludeModules", defaultValue = "true")
  private boolean excludeModules;

  /**
   * The least severity that fails the build: {@code CRITICAL}, {@code HIGH}, {@code MEDIUM} or
   * {@code LOW}. Default: {@code fail-on} in the configuration file, else {@code LOW} (any
   * finding).
   */
  @Parameter(property = "iaclint.failOn")
  private String failOn;

  /**
   * Report findings without failing the build (an unreadable input still fails it). Default:
   * {@code soft-fail} in the configuration file, else {@code false}.
   */
  @Parameter(property = "iaclint.softFail")
  private Boolean softFail;

  /**
   * Whether a file that cannot be read or parsed fails the build. When off, such files are logged
   * and listed in the reports, and everything else is still checked.
   */
  @Parameter(property = "iaclint.failOnParseErrors", defaultValue = "true")
  private boolean failOnParseErrors;

  /**
   * Report formats to write to {@code outputDirectory}: any of {@code sarif}, {@code json},
   * {@code junit}, {@code checkstyle}, {@code text}, {@code gcc}, {@code github}; empty for none.
   */
  @Parameter(property = "iaclint.formats", defaultValue = "sarif,json")
  private List<String> formats;

  /**
   * Where the reports go, one file per format: {@code iaclint.sarif}, {@code iaclint.json},
   * {@code iaclint-junit.xml}, {@code iaclint-checkstyle.xml}, {@code iaclint.txt},
   * {@code iaclint-gcc.txt}, {@code iaclint-github.txt}.
   */
  @Parameter(property = "iaclint.outputDirectory", defaultValue = "${project.build.directory}/iaclint")
  private File outputDirectory;

  /**
   * Terraform input variables, {@code NAME=VALUE} each, parsed as Terraform parses {@code -var};
   * they override {@code var} in the configuration file. They apply after every file of {@code
   * varFiles}, so a variable set in both takes its value from here (the CLI instead applies {@code
   * --var} and {@code --var-file} in command-line order). As a property, entries are separated by
   * commas; put values that contain one in the pom.
   */
  @Parameter(property = "iaclint.vars")
  private List<String> vars;

  /**
   * Terraform variable files ({@code .tfvars}, {@code .tfvars.json}); later files win, and
   * {@code vars} win over all of them. Default: {@code var-file} in the configuration file.
   */
  @Parameter(property = "iaclint.varFiles")
  private List<File> varFiles;

  /**
   * CloudFormation parameter values, {@code NAME=VALUE} each, overriding the templates' defaults
   * and {@code cfn-param} in the configuration file.
   */
  @Parameter(property = "iaclint.cfnParameters")
  private List<String> cfnParameters;

  /**
   * Directories of custom rules (YAML rule files, as for {@code iaclint scan --rules}), added to
   * the built-in ones. Default: {@code custom-rules} in the configuration file.
   */
  @Parameter(property = "iaclint.ruleDirectories")
  private List<File> ruleDirectories;

  /**
   * The iaclint configuration file, as the command line reads it (rule severities and switches,
   * include/exclude, suppressions, baseline …). Default: the first {@code .iaclint.yml} in the
   * module's base directory or its parents, up to the repository root; none when there is none.
   */
  @Parameter(property = "iaclint.configFile")
  private File configFile;

  /**
   * A baseline file written by {@code iaclint scan --baseline-create}: the findings it lists are
   * reported as suppressed and do not fail the build. Default: {@code baseline} in the
   * configuration file.
   */
  @Parameter(property = "iaclint.baseline")
  private File baseline;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("iaclint: skipped (iaclint.skip)");
      return;
    }
    List<Rule> installed = Scanner.installedRules();
    List<String> ruleIds = installed.stream().map(Rule::id).toList();
    IaclintConfig config = config(ruleIds);
    List<Rule> enabled = installed.stream().filter(r -> !config.disabledRules().contains(r.id())).toList();
    new IaclintCheck(new Scanner(enabled), getLog()).run(settings(config, ruleIds));
  }

  private IaclintConfig config(List<String> ruleIds) throws MojoExecutionException {
    Path file;
    if (configFile != null) {
      file = configFile.toPath();
      if (!Files.isRegularFile(file)) {
        throw new MojoExecutionException("iaclint: configFile " + file + ": no such file");
      }
    } else {
      file = ConfigLoader.find(project.getBasedir().toPath()).orElse(null);
    }
    if (file == null) {
      return IaclintConfig.EMPTY;
    }
    getLog().info("iaclint: configuration from " + file);
    IaclintConfig config;
    try {
      config = new ConfigLoader(ruleIds).load(file);
    } catch (ConfigException e) {
      // The message names the file, line and column of the problem.
      throw new MojoExecutionException("iaclint: " + e.getMessage(), e);
    }
    return config;
  }

  private CheckSettings settings(IaclintConfig config, List<String> ruleIds) throws MojoExecutionException {
    Path basedir = project.getBasedir().toPath();
    List<Path> scanned = new ArrayList<>();
    if (directories == null || directories.isEmpty()) {
      scanned.add(basedir);
    } else {
      directories.forEach(d -> scanned.add(d.toPath()));
    }

    List<Path> excludedDirectories = new ArrayList<>();
    excludedDirectories.add(Path.of(project.getBuild().getDirectory()));
    if (excludeModules) {
      excludedDirectories.addAll(ScanDirectories.moduleDirectories(basedir, project.getModules()));
    }
    List<String> globs = new ArrayList<>(excludes != null && !excludes.isEmpty() ? excludes : config.excludePaths());
    globs.addAll(ScanDirectories.excludeGlobs(scanned, excludedDirectories));

    Map<String, String> tfVars = new LinkedHashMap<>(config.vars());
    tfVars.putAll(Parameters.assignments("vars", vars));
    List<Path> tfVarFiles = varFiles != null && !varFiles.isEmpty() ? paths(varFiles) : config.varFiles();
    for (Path f : tfVarFiles) {
      if (!Files.isRegularFile(f)) {
        throw new MojoExecutionException("iaclint: varFiles: no such file: " + f);
      }
    }
    Map<String, String> cfnParams = new LinkedHashMap<>(config.cfnParams());
    cfnParams.putAll(Parameters.assignments("cfnParameters", cfnParameters));

    Severity threshold = failOn != null ? Parameters.severity("failOn", failOn)
        : config.failOn() != null ? config.failOn() : Severity.LOW;
    boolean soft = softFail != null ? softFail : Boolean.TRUE.equals(config.softFail());

    String root = session.getExecutionRootDirectory();
    Path workingDirectory = root == null ? basedir : Path.of(root);

    List<Path> customRules = ruleDirectories != null && !ruleDirectories.isEmpty() ? paths(ruleDirectories)
        : config.customRuleDirectories();

    return new CheckSettings(scanned, globs, customRules, workingDirectory, outputDirectory.toPath(),
        Parameters.formats(formats), policy(config, ruleIds), threshold, soft, failOnParseErrors,
        tfVars, tfVarFiles, cfnParams, System.getenv(), plugin.getVersion());
  }

  /** What the configuration (and the baseline parameter) does to findings, as in the CLI. */
  private FindingPolicy policy(IaclintConfig config, List<String> ruleIds) throws MojoExecutionException {
    FindingFilter filter;
    try {
      filter = FindingFilter.parse(config.include(), config.exclude(), ruleIds);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("iaclint: " + config.file() + ": " + e.getMessage(), e);
    }
    boolean inline = config.inlineSuppressions() == null || config.inlineSuppressions();
    Path baselineFile = baseline != null ? baseline.toPath() : config.baseline();
    Baseline accepted = null;
    if (baselineFile != null) {
      try {
        accepted = Baseline.read(baselineFile);
      } catch (BaselineException e) {
        throw new MojoExecutionException("iaclint: " + e.getMessage(), e);
      }
    }
    return new FindingPolicy(config.severityOverrides(), filter, inline ? LocalDate.now() : null,
        accepted, baselineFile == null ? null : baselineFile.getFileName().toString());
  }

  private static List<Path> paths(List<File> files) {
    return files == null ? List.of() : files.stream().map(File::toPath).toList();
  }

  /** Parsing of parameter values, with messages that never echo a value (it may be a secret). */
  static final class Parameters {
    private Parameters() {}

    static List<ReportFormat> formats(List<String> ids) throws MojoExecutionException {
      List<ReportFormat> result = new ArrayList<>();
      for (String id : ids == null ? List.<String>of() : ids) {
        if (id == null || id.isBlank()) {
          continue;
        }
        ReportFormat f = ReportFormat.byId(id);
        if (f == null) {
          throw new MojoExecutionException("iaclint: unknown report format '" + id.strip()
              + "' in formats; expected any of " + String.join(", ", ReportFormat.ids()));
        }
        if (!result.contains(f)) {
          result.add(f);
        }
      }
      return result;
    }

    static Severity severity(String parameter, String value) throws MojoExecutionException {
      Severity s = Severity.parse(value);
      if (s == null) {
        throw new MojoExecutionException("iaclint: " + parameter + " must be one of CRITICAL, HIGH,"
            + " MEDIUM or LOW, not '" + value + "'");
      }
      return s;
    }

    /** {@code NAME=VALUE} entries, in order (a later one wins). */
    static Map<String, String> assignments(String parameter, List<String> entries)
        throws MojoExecutionException {
      Map<String, String> result = new LinkedHashMap<>();
      int index = 0;
      for (String entry : entries == null ? List.<String>of() : entries) {
        index++;
        int eq = entry == null ? -1 : entry.indexOf('=');
        if (eq <= 0) {
          throw new MojoExecutionException("iaclint: entry " + index + " of " + parameter
              + " is not NAME=VALUE");
        }
        result.put(entry.substring(0, eq).strip(), entry.substring(eq + 1));
      }
      return result;
    }
  }
}
