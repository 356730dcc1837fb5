package dev.iaclint.cli;

import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.scan.Scanner;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the commands take from the outside world, so that tests can replace it: the streams,
 * the environment, the working directory, whether the streams are terminals, the rules, how a
 * scanner is made, and the clock (for suppression expiry).
 */
public record CliEnvironment(
    PrintWriter out,
    PrintWriter err,
    Map<String, String> env,
    Path workingDirectory,
    boolean stdoutIsTerminal,
    boolean stderrIsTerminal,
    Supplier<List<Rule>> rules,
    Function<List<Rule>, Scanner> scanners,
    Clock clock) {

  public static CliEnvironment system() {
    return new CliEnvironment(
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.getenv(),
        Path.of("").toAbsolutePath(),
        // Not System.console(): it is null when stdin is redirected, and from Java 22 on it exists
        // even when stdout is a pipe. Colour depends on stdout alone.
        isTerminal(1),
        isTerminal(2),
        Scanner::installedRules,
        Scanner::new,
        Clock.systemDefaultZone());
  }

  /** Whether file descriptor {@code fd} is a terminal (Linux and macOS; false where it cannot tell). */
  static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }

  /** {@code path} resolved against the working directory. */
  Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }
}
