package dev.iaclint.cli;

import dev.iaclint.core.baseline.Baseline;
import dev.iaclint.core.baseline.BaselineException;
import dev.iaclint.core.config.ConfigException;
import dev.iaclint.core.config.ConfigLoader;
import dev.iaclint.core.config.FindingFilter;
import dev.iaclint.core.config.FindingPolicy;
import dev.iaclint.core.config.IaclintConfig;
import dev.iaclint.core.config.OutputSpec;
import dev.iaclint.core.config.Verdict;
import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.report.Redactor;
import dev.iaclint.core.report.ReportContext;
import dev.iaclint.core.report.ReportFormat;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.declarative.RuleFiles;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Scans infrastructure-as-code files and reports misconfigurations.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  iaclint scan .",
        "  iaclint scan infra/ modules/search",
        "  iaclint scan --format sarif > iaclint.sarif",
        "  iaclint scan --format text --output sarif=out.sarif --output junit=report.xml",
        "  iaclint scan --fail-on HIGH --exclude logging --exclude-path 'legacy/**'",
        "  iaclint scan --var encrypt=true --var-file prod.tfvars --cfn-param Env=prod",
        "  iaclint scan --rules policies/ infra/          # also run your own YAML rules",
        "  iaclint scan --baseline-create baseline.json   # accept today's findings",
        "  iaclint scan --baseline baseline.json          # report only new findings",
        "",
        "Options also come from .iaclint.yml in the scan root or a parent up to the",
        "repository root; options given here override it.",
        "",
        "Exit codes:",
        "  0  no unsuppressed finding at or above --fail-on (default: any finding)",
        "  1  findings at or above --fail-on (0 with --soft-fail)",
        "  2  usage error, or an input could not be read or parsed"})
final class ScanCommand implements Callable<Integer> {
  private final CliEnvironment env;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories to scan (default: .)")
  List<Path> paths;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = Converters.Format.class,
      completionCandidates = Converters.Formats.class,
      description = "Format of standard output: ${COMPLETION-CANDIDATES} (default: text)")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT=FILE",
      description = "Also write FORMAT to FILE; repeatable (e.g. --output sarif=iaclint.sarif)")
  List<String> outputs;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = Converters.SeverityConverter.class,
      completionCandidates = Converters.Severities.class,
      description = "Exit 1 only for findings at this severity or worse (default: any finding)")
  Severity failOn;

  @Option(names = "--soft-fail", negatable = true,
      description = "Exit 0 even with findings (still 2 when an input cannot be read or parsed)")
  Boolean softFail;

  @Option(names = "--include", split = ",", paramLabel = "ID|CATEGORY|SEVERITY",
      description = "Report only these rules, categories or severities; repeatable, comma-separated")
  List<String> include;

  @Option(names = "--exclude", split = ",", paramLabel = "ID|CATEGORY|SEVERITY",
      description = "Leave out these rules, categories or severities; repeatable, comma-separated")
  List<String> exclude;

  @Option(names = "--exclude-path", paramLabel = "GLOB",
      description = "Skip paths matching GLOB, relative to the scan root (** allowed); repeatable")
  List<String> excludePaths;

  // picocli checks the shape of these two; their order, which decides, is read from the parse result.
  @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Set a Terraform variable; repeatable")
  Map<String, String> vars;

  @Option(names = "--var-file", paramLabel = "FILE",
      description = "Read Terraform variables from FILE; repeatable. --var and --var-file apply in the order"
          + " given, the later one winning")
  List<Path> varFiles;

  @Option(names = "--cfn-param", paramLabel = "NAME=VALUE",
      description = "Set a CloudFormation parameter; repeatable")
  Map<String, String> cfnParams;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Also run the YAML rules in DIR (see the README, \"Custom rules\"); repeatable")
  List<Path> ruleDirectories;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Read options from FILE instead of looking for .iaclint.yml")
  Path config;

  @Option(names = "--no-inline-suppressions",
      description = "Ignore suppression comments, CloudFormation metadata and annotations (for audits)")
  boolean noInlineSuppressions;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings not in this baseline")
  Path baseline;

  @Option(names = "--baseline-create", paramLabel = "FILE",
      description = "Record the current findings in a baseline FILE (and accept them)")
  Path baselineCreate;

  @Option(names = "--no-color", description = "No colours in text output (also: the NO_COLOR variable)")
  boolean noColor;

  ScanCommand(CliEnvironment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    List<Path> targets = paths == null || paths.isEmpty() ? List.of(Path.of(".")) : paths;
    List<Rule> allRules = env.rules().get();
    List<Path> customRuleDirectories = new ArrayList<>();
    for (Path dir : ruleDirectories != null ? ruleDirectories : List.<Path>of()) {
      Path resolved = env.resolve(dir);
      if (!Files.isDirectory(resolved)) {
        throw new UsageException("--rules: no such directory: " + dir);
      }
      customRuleDirectories.add(resolved);
    }
    // Custom rules may be named in --include/--exclude; their files are read again (and any
    // problem reported) by the scan itself.
    List<String> ruleIds = new ArrayList<>(allRules.stream().map(Rule::id).toList());
    customRuleDirectories.forEach(d -> RuleFiles.loadDirectory(d).rules().forEach(r -> ruleIds.add(r.id())));

    IaclintConfig cfg;
    try {
      cfg = loadConfig(targets, ruleIds);
    } catch (ConfigException e) {
      env.err().println("iaclint: " + e.getMessage());
      return ExitCodes.USAGE_OR_INPUT_ERROR;
    }

    ReportFormat stdoutFormat = format != null ? format
        : cfg.format() != null ? ReportFormat.byId(cfg.format()) : ReportFormat.TEXT;
    List<OutputSpec> extraOutputs = new ArrayList<>();
    if (outputs != null) {
      for (String o : outputs) {
        OutputSpec spec = parseOutput(o);
        extraOutputs.add(new OutputSpec(spec.format(), env.resolve(Path.of(spec.file())).toString()));
      }
    } else {
      cfg.outputs().forEach(o -> extraOutputs.add(OutputSpec.parse(o)));
    }
    Severity threshold = failOn != null ? failOn : cfg.failOn();
    boolean soft = softFail != null ? softFail : cfg.softFail() != null && cfg.softFail();
    for (Path dir : cfg.customRuleDirectories()) {
      if (!customRuleDirectories.contains(dir)) {
        customRuleDirectories.add(dir);
        RuleFiles.loadDirectory(dir).rules().forEach(r -> ruleIds.add(r.id()));
      }
    }
    // A disabled built-in rule does not run; a disabled custom rule runs in the scan but reports
    // nothing, which looks the same from outside.
    List<String> excluded = new ArrayList<>(exclude != null ? exclude : cfg.exclude());
    cfg.disabledRules().stream().filter(id -> allRules.stream().noneMatch(r -> r.id().equals(id)))
        .forEach(excluded::add);
    FindingFilter filter;
    try {
      filter = FindingFilter.parse(include != null ? include : cfg.include(), excluded, ruleIds);
    } catch (IllegalArgumentException e) {
      throw new UsageException((include != null || exclude != null ? "" : cfg.file() + ": ") + e.getMessage());
    }
    boolean inline = !noInlineSuppressions && (cfg.inlineSuppressions() == null || cfg.inlineSuppressions());
    if (baseline != null && baselineCreate != null) {
      throw new UsageException("use either --baseline or --baseline-create, not both");
    }
    Path baselineFile = baseline != null ? env.resolve(baseline) : cfg.baseline();
    Baseline accepted = null;
    if (baseline == null && baselineFile != null && baselineCreate == null && !Files.exists(baselineFile)) {
      env.err().println("iaclint: " + cfg.file() + ": baseline " + baselineFile + " does not exist;"
          + " create it with --baseline-create");
      return ExitCodes.USAGE_OR_INPUT_ERROR;
    }
    if (baselineFile != null && baselineCreate == null) {
      try {
        accepted = Baseline.read(baselineFile);
      } catch (BaselineException e) {
        env.err().println("iaclint: " + e.getMessage());
        return ExitCodes.USAGE_OR_INPUT_ERROR;
      }
    }

    ScanRequest.Builder request = ScanRequest.builder().environment(env.env());
    List<Diagnostic> missing = new ArrayList<>();
    for (Path p : targets) {
      Path resolved = env.resolve(p);
      if (Files.exists(resolved)) {
        request.path(resolved);
      } else {
        missing.add(Diagnostic.error(SourceRange.startOf(SourceFile.synthetic(p.toString())),
            "no such file or directory: " + p));
      }
    }
    try {
      (excludePaths != null ? excludePaths : cfg.excludePaths()).forEach(request::excludePath);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--exclude-path: " + e.getMessage());
    }
    terraformInputs(cfg, request);
    Map<String, String> params = new LinkedHashMap<>(cfg.cfnParams());
    if (cfnParams != null) {
      params.putAll(cfnParams);
    }
    params.forEach(request::cloudFormationParameter);
    customRuleDirectories.forEach(request::customRuleDirectory);

    List<Rule> active = allRules.stream().filter(r -> !cfg.disabledRules().contains(r.id())).toList();
    ScanResult result;
    try (AutoCloseable progress = Progress.start(env, "scanning")) {
      result = env.scanners().apply(active).scan(request.build());
    } catch (Exception e) {
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    if (!missing.isEmpty()) {
      List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
      diagnostics.addAll(missing);
      diagnostics.sort(Diagnostic.ORDER);
      result = withDiagnostics(result, diagnostics);
    }

    // When creating a baseline there is none to apply yet: it records what the rest lets through.
    result = new FindingPolicy(cfg.severityOverrides(), filter,
        inline ? LocalDate.now(env.clock()) : null, accepted,
        accepted == null ? null : baselineFile.getFileName().toString()).apply(result);
    if (baselineCreate != null) {
      Path file = env.resolve(baselineCreate);
      accepted = Baseline.of(result);
      try {
        accepted.write(file);
      } catch (IOException e) {
        env.err().println("iaclint: cannot write the baseline " + baselineCreate + ": " + reason(e));
        return ExitCodes.USAGE_OR_INPUT_ERROR;
      }
      env.err().println("iaclint: recorded " + accepted.entries().stream().mapToInt(Baseline.Entry::count).sum()
          + " finding(s) in " + baselineCreate);
      result = accepted.apply(result, file.getFileName().toString());
    }

    ReportContext context = ReportContext.of(Versions.version(), env.workingDirectory());
    boolean failedOutput = false;
    for (OutputSpec o : extraOutputs) {
      Path file = Path.of(o.file());
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          o.format().reporter().write(result, context, w);
        }
      } catch (IOException e) {
        env.err().println("iaclint: cannot write " + o.format().id() + " output to " + file + ": " + reason(e));
        failedOutput = true;
      }
    }
    boolean color = stdoutFormat == ReportFormat.TEXT && env.stdoutIsTerminal() && !noColor
        && (env.env().get("NO_COLOR") == null || env.env().get("NO_COLOR").isEmpty());
    stdoutFormat.reporter().write(result, context.withColor(color), env.out());
    if (stdoutFormat != ReportFormat.TEXT) {
      // The text report lists problems itself; machine formats keep stdout clean, so say it here.
      Redactor redactor = Redactor.of(result);
      for (Diagnostic d : result.diagnostics()) {
        env.err().println(redactor.scrub(Diagnostics.format(d, env)));
      }
    }
    env.err().flush();
    if (failedOutput) {
      return ExitCodes.USAGE_OR_INPUT_ERROR;
    }
    return Verdict.of(result, threshold, soft).exitCode();
  }

  private IaclintConfig loadConfig(List<Path> targets, List<String> ruleIds) throws ConfigException {
    Path file;
    if (config != null) {
      file = env.resolve(config);
      if (!Files.isRegularFile(file)) {
        throw new ConfigException(config + ": no such configuration file");
      }
    } else {
      Path root = env.resolve(targets.get(0));
      file = ConfigLoader.find(Files.exists(root) ? root : env.workingDirectory()).orElse(null);
    }
    return file == null ? IaclintConfig.EMPTY : new ConfigLoader(ruleIds).load(file);
  }

  private static OutputSpec parseOutput(String text) {
    try {
      return OutputSpec.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--output: " + e.getMessage());
    }
  }

  private static ScanResult withDiagnostics(ScanResult r, List<Diagnostic> diagnostics) {
    return new ScanResult(r.findings(), r.indeterminate(), r.passed(), diagnostics, r.graph(),
        r.documents(), r.rules(), r.filesScanned(), r.filesSkipped());
  }

  private static String reason(IOException e) {
    return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.NoSuchFileException ? "no such directory"
        : e.getClass().getSimpleName();
  }

  /**
   * {@code --var} and {@code --var-file} as Terraform applies them, later ones winning: those of
   * {@code .iaclint.yml} first (its files, unless the command line names files, then its values),
   * then the command line's in the order given.
   */
  private void terraformInputs(IaclintConfig cfg, ScanRequest.Builder request) {
    if (varFiles == null) {
      cfg.varFiles().forEach(f -> varFile(f, request));
    }
    cfg.vars().forEach(request::terraformVar);
    Map<String, Integer> used = new LinkedHashMap<>();
    for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
      String name = option.longestName();
      if (name.equals("--var") || name.equals("--var-file")) {
        // One value per occurrence: the i-th occurrence of an option is its i-th value.
        String value = option.originalStringValues().get(used.merge(name, 1, Integer::sum) - 1);
        if (name.equals("--var-file")) {
          varFile(env.resolve(Path.of(value)), request);
        } else {
          int eq = value.indexOf('=');
          request.terraformVar(value.substring(0, eq), value.substring(eq + 1));
        }
      }
    }
  }

  private static void varFile(Path file, ScanRequest.Builder request) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("--var-file: no such file: " + file);
    }
    request.terraformVarFile(file);
  }
}
