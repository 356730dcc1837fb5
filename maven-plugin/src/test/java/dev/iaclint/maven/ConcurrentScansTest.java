package dev.iaclint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.report.ReportContext;
import dev.iaclint.core.report.ReportFormat;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.Scanner;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn -T 2} runs the goal for two modules at once in one JVM, sharing the plugin's classes
 * and so every static in core and in the rule pack. Scans running side by side, each with its own
 * scanner as the goal creates one, must give exactly what they give one at a time.
 */
class ConcurrentScansTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("iaclint.repoRoot", "..")).resolve("examples");
  private static final int THREADS = 2;
  private static final int SCANS_PER_THREAD = 3;

  private static String scanToJson() {
    ScanRequest request = ScanRequest.builder().path(EXAMPLES).build();
    StringWriter out = new StringWriter();
    try {
      ReportFormat.JSON.reporter().write(Scanner.withInstalledRules().scan(request),
          ReportContext.of("test", EXAMPLES), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void scansInParallelThreadsMatchASequentialScan() throws Exception {
    String expected = scanToJson();
    assertThat(expected).contains("\"filesScanned\"");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<String>> task = () -> {
          start.await();
          List<String> results = new ArrayList<>();
          for (int i = 0; i < SCANS_PER_THREAD; i++) {
            results.add(scanToJson());
          }
          return results;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).allSatisfy(json -> assertThat(json).isEqualTo(expected));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
