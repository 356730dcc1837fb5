package dev.iaclint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * "scanning… 3s" on stderr, for a person watching a terminal: shown only when stderr is a terminal
 * and the scan takes longer than a second, and erased when it ends. Never touches stdout.
 */
final class Progress implements AutoCloseable {
  private final PrintWriter err;
  private final ScheduledExecutorService timer;
  private final ScheduledFuture<?> task;
  private final long start = System.nanoTime();
  private volatile boolean shown;

  private Progress(PrintWriter err, String what) {
    this.err = err;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "iaclint-progress");
      t.setDaemon(true);
      return t;
    });
    this.task = timer.scheduleAtFixedRate(() -> {
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      synchronized (err) {
        err.print("\riaclint: " + what + "… " + seconds + "s");
        err.flush();
      }
      shown = true;
    }, 1, 1, TimeUnit.SECONDS);
  }

  /** Starts a progress line, or does nothing when stderr is not a terminal. */
  static AutoCloseable start(CliEnvironment env, String what) {
    return env.stderrIsTerminal() ? new Progress(env.err(), what) : () -> { };
  }

  @Override
  public void close() {
    task.cancel(false);
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (shown) {
      synchronized (err) {
        err.print("\r\u001b[K");
        err.flush();
      }
    }
  }
}
