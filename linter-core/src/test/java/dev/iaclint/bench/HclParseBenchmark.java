package dev.iaclint.bench;

import dev.iaclint.core.hcl.HclParseResult;
import dev.iaclint.core.hcl.HclParser;
import dev.iaclint.core.source.SourceFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Parse throughput of {@link HclParser} over a directory of Terraform files (the shared corpus).
 * Test scope only: run it through {@code src/bench/parse-benchmark.sh}, see docs/benchmarks.md.
 *
 * <p>Files are read and decoded before any timing, so only parsing (lexing, parsing, AST
 * building) is measured. Single-threaded. Each pass is timed twice: wall-clock, and the CPU time
 * of the parsing thread, which stays meaningful when other processes compete for the cores (it
 * leaves out the JIT compiler's and the garbage collector's own threads).
 *
 * <pre>
 * HclParseBenchmark [--corpus DIR] [--warmup N] [--passes N] [--cold]
 * </pre>
 *
 * {@code --cold} times exactly one pass in this (fresh) JVM; otherwise {@code --warmup} untimed
 * passes are followed by {@code --passes} timed ones and the best and median are printed.
 */
public final class HclParseBenchmark {

  private HclParseBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    Path corpus = null;
    int warmup = 10;
    int passes = 15;
    boolean cold = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--cold" -> cold = true;
        default -> {
          System.err.println("usage: HclParseBenchmark [--corpus DIR] [--warmup N] [--passes N] [--cold]");
          System.exit(2);
        }
      }
    }
    if (corpus == null) {
      corpus = Path.of(System.getProperty("iaclint.repoRoot", ".")).resolve("../shared/corpus/terraform").normalize();
    }
    if (!Files.isDirectory(corpus)) {
      System.err.println("corpus not found: " + corpus);
      System.exit(2);
    }

    List<SourceFile> files = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path p : s.filter(Files::isRegularFile).filter(HclParseBenchmark::isTerraform).sorted().toList()) {
        SourceFile f = SourceFile.read(p, corpus);
        bytes += f.text().getBytes(StandardCharsets.UTF_8).length;
        files.add(f);
      }
    }
    double mb = bytes / 1e6;
    System.out.printf(Locale.ROOT, "corpus: %s%nfiles: %d, %.2f MB (UTF-8 bytes, 1 MB = 10^6 bytes)%n",
        corpus, files.size(), mb);

    if (cold) {
      Pass p = pass(files);
      System.out.printf(Locale.ROOT, "cold (first pass in a fresh JVM): wall %.3f s = %.2f MB/s; cpu %.3f s = %.2f MB/s;"
          + " %d files with errors%n", p.wall, mb / p.wall, p.cpu, mb / p.cpu, p.filesWithErrors);
      return;
    }
    for (int i = 0; i < warmup; i++) {
      Pass p = pass(files);
      System.out.printf(Locale.ROOT, "warm-up %2d: wall %.3f s = %6.2f MB/s; cpu %.3f s = %6.2f MB/s%n",
          i + 1, p.wall, mb / p.wall, p.cpu, mb / p.cpu);
    }
    double[] wall = new double[passes];
    double[] cpu = new double[passes];
    int errors = 0;
    for (int i = 0; i < passes; i++) {
      Pass p = pass(files);
      wall[i] = p.wall;
      cpu[i] = p.cpu;
      errors = p.filesWithErrors;
      System.out.printf(Locale.ROOT, "pass    %2d: wall %.3f s = %6.2f MB/s; cpu %.3f s = %6.2f MB/s%n",
          i + 1, p.wall, mb / p.wall, p.cpu, mb / p.cpu);
    }
    System.out.printf(Locale.ROOT, "warm, single-threaded, %d passes after %d warm-up passes:%n", passes, warmup);
    System.out.printf(Locale.ROOT, "  wall: best %.2f MB/s, median %.2f MB/s%n", mb / best(wall), mb / median(wall));
    System.out.printf(Locale.ROOT, "  cpu:  best %.2f MB/s, median %.2f MB/s%n", mb / best(cpu), mb / median(cpu));
    System.out.printf(Locale.ROOT, "  files with errors: %d%n", errors);
  }

  private static double best(double[] secs) {
    return Arrays.stream(secs).min().orElse(Double.NaN);
  }

  /** The median of {@code secs} (shared with {@link TerraformLoadBenchmark}). */
  static double median(double[] secs) {
    double[] s = secs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static boolean isTerraform(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".tf") || n.endsWith(".tfvars");
  }

  private record Pass(double wall, double cpu, int filesWithErrors, long items) {
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static Pass pass(List<SourceFile> files) {
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    int withErrors = 0;
    long items = 0;
    for (SourceFile f : files) {
      HclParseResult r = HclParser.parse(f);
      if (r.hasErrors()) {
        withErrors++;
      }
      // Use the result so the work cannot be optimised away.
      items += r.file().body().items().size();
    }
    long cpuEnd = THREADS.getCurrentThreadCpuTime();
    return new Pass((System.nanoTime() - start) / 1e9, (cpuEnd - cpuStart) / 1e9, withErrors, items);
  }
}
