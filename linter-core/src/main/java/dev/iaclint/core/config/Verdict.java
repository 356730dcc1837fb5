package dev.iaclint.core.config;

import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.scan.ScanResult;

/** The outcome of a scan as the exit-code contract sees it. */
public enum Verdict {
  /** No unsuppressed finding at or above the threshold: exit 0. */
  CLEAN(0),
  /** Findings at or above the threshold: exit 1. */
  FINDINGS(1),
  /** A usage error, or an input could not be read or parsed: exit 2. */
  ERROR(2);

  private final int exitCode;

  Verdict(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  /**
   * Judges {@code result}.
   *
   * @param failOn the lowest severity that fails; {@code null} means any unsuppressed finding
   * @param softFail findings never fail (input errors still do)
   */
  public static Verdict of(ScanResult result, Severity failOn, boolean softFail) {
    if (result.hasErrors()) {
      return ERROR;
    }
    if (softFail) {
      return CLEAN;
    }
    return result.countAtLeast(failOn == null ? Severity.LOW : failOn) > 0 ? FINDINGS : CLEAN;
  }
}
