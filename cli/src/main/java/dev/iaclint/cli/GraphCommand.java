package dev.iaclint.cli;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.report.GraphJsonWriter;
import dev.iaclint.core.report.GraphTextWriter;
import dev.iaclint.core.report.Redactor;
import dev.iaclint.core.report.ReportContext;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {"Prints the resource graph iaclint builds: nodes with their evaluated attributes,"
        + " and the edges between them. Secrets are masked."},
    footerHeading = "%nExamples:%n",
    footer = {"  iaclint graph infra/", "  iaclint graph infra/ --format json > graph.json",
        "", "Exit codes:", "  0  the graph was printed",
        "  2  usage error, or an input could not be read or parsed (the rest is printed)"})
final class GraphCommand implements Callable<Integer> {
  private final CliEnvironment env;

  @Parameters(paramLabel = "PATH", description = "a file or directory")
  Path path;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = Converters.ListFormatConverter.class,
      description = "text (a tree, the default) or json")
  Converters.ListFormat format = Converters.ListFormat.text;

  GraphCommand(CliEnvironment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Path target = env.resolve(path);
    if (!Files.exists(target)) {
      env.err().println("iaclint: no such file or directory: " + path);
      return ExitCodes.USAGE_OR_INPUT_ERROR;
    }
    ScanResult result;
    try (AutoCloseable progress = Progress.start(env, "building the graph")) {
      // The rules run too: their secret findings say which values to mask.
      result = env.scanners().apply(env.rules().get())
          .scan(ScanRequest.builder().path(target).environment(env.env()).build());
    } catch (Exception e) {
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    Redactor redactor = Redactor.of(result);
    ReportContext context = ReportContext.of(Versions.version(), env.workingDirectory());
    if (format == Converters.ListFormat.json) {
      new GraphJsonWriter().write(result.graph(), redactor, context, env.out());
    } else {
      new GraphTextWriter().write(result.graph(), redactor, context, env.out());
    }
    for (Diagnostic d : result.diagnostics()) {
      env.err().println(redactor.scrub(Diagnostics.format(d, env)));
    }
    env.err().flush();
    return result.hasErrors() ? ExitCodes.USAGE_OR_INPUT_ERROR : ExitCodes.CLEAN;
  }
}
