package dev.iaclint.cli;

import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.scan.Scanner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the CLI in-process on a directory with the fake loader and rules, capturing its output. */
final class CliRun {
  final int exitCode;
  final String out;
  final String err;

  CliRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  static CliRun in(Path dir, String... args) {
    return in(dir, Map.of(), false, FakeTerraform.rules(), args);
  }

  static CliRun in(Path dir, Map<String, String> env, boolean terminal, List<Rule> rules, String... args) {
    return in(dir, env, terminal, () -> rules, args);
  }

  /** As above, the rules given by {@code ruleSupplier} (which may fail, as loading them can). */
  static CliRun in(Path dir, Map<String, String> env, boolean terminal,
      java.util.function.Supplier<List<Rule>> ruleSupplier, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> environment = new HashMap<>(env);
    CliEnvironment cli = new CliEnvironment(new PrintWriter(out), new PrintWriter(err), environment,
        dir, terminal, false, ruleSupplier,
        r -> new Scanner(r, List.of(new FakeTerraform.Loader())),
        Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    int code = Main.run(cli, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
