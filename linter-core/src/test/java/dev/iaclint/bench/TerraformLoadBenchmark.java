package dev.iaclint.bench;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SplitResourceLinker;
import dev.iaclint.core.hcl.HclJsonLoader;
import dev.iaclint.core.hcl.HclParseResult;
import dev.iaclint.core.hcl.HclParser;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.scan.FileDiscovery;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.terraform.TerraformLoader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 3's measurement: how long parsing alone takes over the corpus's Terraform files, and how
 * long the whole Terraform load takes (parse, evaluate every module, build the graph), so that the
 * share of evaluation can be given. Test scope only: run it through {@code
 * src/bench/terraform-load-benchmark.sh}, see docs/benchmarks.md.
 *
 * <p>The files are the ones a scan of the corpus directory would give {@link TerraformLoader}
 * ({@link FileDiscovery}, then {@link TerraformLoader#isTerraformFile}), read and decoded before any
 * timing. One "load" is what {@code Scanner.scan} does for them before rules run: {@code
 * TerraformLoader.load} over a fresh {@link LoadContext} holding every file (so local module calls
 * between directories are evaluated as a scan would), {@link SplitResourceLinker#link} and {@code
 * build()}. One "parse" is {@link HclParser#parse} / {@link HclJsonLoader#load} of the same files.
 *
 * <p>A load pass is also split by phase: the CPU time of linking and building the graph is taken
 * separately, and evaluation is the rest of the load less the same pass's parse time (the loader
 * parses the same files first), so that issue 3's "evaluation must not cost more than parsing" can
 * be read directly.
 *
 * <p>Each pass is timed by the wall clock and by the CPU time of the benchmark thread (meaningful
 * when other processes compete for the cores; it leaves out the JIT's and GC's own threads).
 *
 * <pre>
 * TerraformLoadBenchmark [--corpus DIR] [--warmup N] [--passes N] [--cold parse|load]
 * </pre>
 *
 * Warm: {@code --warmup} untimed rounds, then {@code --passes} rounds each timing one parse pass and
 * one load pass; prints medians and the evaluation share ({@code (load - parse) / load}). {@code
 * --cold parse} or {@code --cold load} times exactly one pass of that kind in this (fresh) JVM.
 */
public final class TerraformLoadBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private TerraformLoadBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    Path corpus = null;
    int warmup = 5;
    int passes = 9;
    String cold = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--cold" -> cold = args[++i];
        default -> usage();
      }
    }
    if (cold != null && !cold.equals("parse") && !cold.equals("load")) {
      usage();
    }
    if (corpus == null) {
      corpus = Path.of(System.getProperty("iaclint.repoRoot", ".")).resolve("../shared/corpus/terraform").normalize();
    }
    if (!Files.isDirectory(corpus)) {
      System.err.println("corpus not found: " + corpus);
      System.exit(2);
    }

    List<SourceFile> files = terraformFiles(corpus);
    long bytes = 0;
    for (SourceFile f : files) {
      bytes += f.text().getBytes(StandardCharsets.UTF_8).length;
    }
    ScanRequest request = ScanRequest.builder().path(corpus).build();
    System.out.printf(Locale.ROOT, "corpus: %s%nfiles: %d, %.2f MB%n", corpus, files.size(), bytes / 1e6);

    if (cold != null) {
      Pass p = cold.equals("parse") ? parse(files) : load(request, files);
      System.out.printf(Locale.ROOT, "cold %s (first pass in a fresh JVM): wall %.3f s; cpu %.3f s%s; %s%n",
          cold, p.wall, p.cpu, cold.equals("load") ? String.format(Locale.ROOT, " (of which linking and building"
              + " the graph %.3f s)", p.graphCpu) : "", p.summary);
      return;
    }
    for (int i = 0; i < warmup; i++) {
      Pass parse = parse(files);
      Pass load = load(request, files);
      System.out.printf(Locale.ROOT, "warm-up %2d: parse wall %.3f s, cpu %.3f s; load wall %.3f s, cpu %.3f s%n",
          i + 1, parse.wall, parse.cpu, load.wall, load.cpu);
    }
    double[] parseWall = new double[passes];
    double[] parseCpu = new double[passes];
    double[] loadWall = new double[passes];
    double[] loadCpu = new double[passes];
    double[] evaluationCpu = new double[passes];
    double[] graphCpu = new double[passes];
    String summary = "";
    for (int i = 0; i < passes; i++) {
      Pass parse = parse(files);
      Pass load = load(request, files);
      parseWall[i] = parse.wall;
      parseCpu[i] = parse.cpu;
      loadWall[i] = load.wall;
      loadCpu[i] = load.cpu;
      graphCpu[i] = load.graphCpu;
      // This pass's own parse stands in for the parse inside its load (the same files, just before).
      evaluationCpu[i] = load.cpu - load.graphCpu - parse.cpu;
      summary = parse.summary + "; " + load.summary;
      System.out.printf(Locale.ROOT, "pass    %2d: parse wall %.3f s, cpu %.3f s; load wall %.3f s, cpu %.3f s"
          + " (graph %.3f s)%n", i + 1, parse.wall, parse.cpu, load.wall, load.cpu, load.graphCpu);
    }
    System.out.printf(Locale.ROOT, "warm, single-threaded, medians of %d passes after %d warm-up rounds:%n",
        passes, warmup);
    report("wall", HclParseBenchmark.median(parseWall), HclParseBenchmark.median(loadWall));
    report("cpu ", HclParseBenchmark.median(parseCpu), HclParseBenchmark.median(loadCpu));
    double parseMedian = HclParseBenchmark.median(parseCpu);
    double evaluationMedian = HclParseBenchmark.median(evaluationCpu);
    System.out.printf(Locale.ROOT, "  cpu by phase: parse %.3f s; evaluation %.3f s = %.2f x parsing; linking and"
        + " building the graph %.3f s (medians of the per-pass differences)%n", parseMedian, evaluationMedian,
        evaluationMedian / parseMedian, HclParseBenchmark.median(graphCpu));
    System.out.println("  " + summary);
  }

  private static void usage() {
    System.err.println("usage: TerraformLoadBenchmark [--corpus DIR] [--warmup N] [--passes N] [--cold parse|load]");
    System.exit(2);
  }

  private static void report(String clock, double parse, double load) {
    double evaluation = load - parse;
    System.out.printf(Locale.ROOT, "  %s: parse %.3f s; parse+evaluate+graph %.3f s; evaluation+graph %.3f s"
        + " = %.0f%% of the load, %.2f x parsing%n", clock, parse, load, evaluation, 100 * evaluation / load,
        evaluation / parse);
  }

  /** What a scan of {@code corpus} hands the Terraform loader, read into memory. */
  static List<SourceFile> terraformFiles(Path corpus) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<SourceFile> files = new ArrayList<>();
    for (FileDiscovery.Found found : new FileDiscovery(List.of()).discover(List.of(corpus), problems)) {
      SourceFile f = SourceFile.read(found.file(), found.root());
      if (TerraformLoader.isTerraformFile(f)) {
        files.add(f);
      }
    }
    if (!problems.isEmpty()) {
      throw new IOException("cannot list the corpus: " + problems.get(0).format());
    }
    return files;
  }

  /** One timed pass; for a load, {@code graphCpu} is the part spent linking and building the graph. */
  private record Pass(double wall, double cpu, double graphCpu, String summary) {
  }

  private static Pass parse(List<SourceFile> files) {
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    int withErrors = 0;
    for (SourceFile f : files) {
      HclParseResult r = f.displayPath().toLowerCase(Locale.ROOT).endsWith(".json")
          ? HclJsonLoader.load(f)
          : HclParser.parse(f);
      if (r.hasErrors()) {
        withErrors++;
      }
    }
    long cpuEnd = THREADS.getCurrentThreadCpuTime();
    return new Pass((System.nanoTime() - start) / 1e9, (cpuEnd - cpuStart) / 1e9, 0,
        "parse: " + withErrors + " files with errors");
  }

  private static Pass load(ScanRequest request, List<SourceFile> files) {
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    LoadContext context = new LoadContext(request, files);
    new TerraformLoader().load(context);
    long cpuLoaded = THREADS.getCurrentThreadCpuTime();
    SplitResourceLinker.link(context.graph());
    ResourceGraph graph = context.graph().build();
    long cpuEnd = THREADS.getCurrentThreadCpuTime();
    long errors = context.diagnostics().stream().filter(Diagnostic::isError).count();
    return new Pass((System.nanoTime() - start) / 1e9, (cpuEnd - cpuStart) / 1e9, (cpuEnd - cpuLoaded) / 1e9,
        "load: " + graph.nodes().size() + " nodes, " + graph.edges().size() + " edges, "
            + context.diagnostics().size() + " diagnostics (" + errors + " errors)");
  }
}
