package dev.iaclint.cli;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "Scans infrastructure-as-code files and reports misconfigurations.",
    footerHeading = "%nExamples:%n",
    footer = {"  iaclint scan .", "  iaclint scan infra/ modules/search"})
final class ScanCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories to scan (default: .)")
  List<Path> paths;

  @Override
  public Integer call() {
    List<Path> targets = paths == null || paths.isEmpty() ? List.of(Path.of(".")) : paths;
    ScanRequest request = ScanRequest.builder().paths(targets).environment(System.getenv()).build();
    ScanResult result = Scanner.withInstalledRules().scan(request);
    PrintWriter err = spec.commandLine().getErr();
    for (Diagnostic d : result.diagnostics()) {
      err.println(d.format());
    }
    err.flush();
    if (result.hasErrors()) {
      return ExitCodes.USAGE_OR_INPUT_ERROR;
    }
    return result.countAtLeast(dev.iaclint.core.rule.Severity.LOW) > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }
}
