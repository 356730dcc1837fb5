package dev.iaclint.core.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a reporter needs besides the scan result.
 *
 * @param toolVersion the iaclint version the report names
 * @param workingDirectory paths in editor- and CI-facing formats (text, gcc, github, sarif, junit,
 *     checkstyle) are relative to it; the JSON report keeps paths relative to the scan root
 * @param color whether the text format may use ANSI colours
 */
public record ReportContext(String toolVersion, Path workingDirectory, boolean color) {
  public ReportContext {
    Objects.requireNonNull(toolVersion, "toolVersion");
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  public static ReportContext of(String toolVersion, Path workingDirectory) {
    return new ReportContext(toolVersion, workingDirectory, false);
  }

  public ReportContext withColor(boolean color) {
    return new ReportContext(toolVersion, workingDirectory, color);
  }
}
