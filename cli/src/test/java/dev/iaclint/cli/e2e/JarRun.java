package dev.iaclint.cli.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built jar ({@code cli/target/iaclint.jar}) as a separate process. */
record JarRun(int exitCode, String out, String err) {
  static final Path JAR = Path.of(System.getProperty("iaclint.jar", "target/iaclint.jar")).toAbsolutePath();
  static final Path REPO = Path.of(System.getProperty("iaclint.repoRoot", "..")).toAbsolutePath().normalize();

  static JarRun in(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Short runs on a small CI machine: the quick JIT tier and the serial collector start faster.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().remove("NO_COLOR");
    pb.environment().putAll(env);
    Path out = Files.createTempFile("iaclint-out", ".txt");
    Path err = Files.createTempFile("iaclint-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("iaclint did not finish: " + command);
    }
    JarRun run = new JarRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  static JarRun in(Path dir, String... args) throws IOException, InterruptedException {
    return in(dir, Map.of(), args);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
