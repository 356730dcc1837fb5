package dev.iaclint.core.report;

import dev.iaclint.core.source.SourceFile;
import java.nio.file.Path;

/** How reports name files. */
public final class ReportPaths {
  private ReportPaths() {}

  /**
   * {@code file} relative to {@code workingDirectory} with {@code /} separators; its absolute path
   * when it lies elsewhere; its display path when it was never on disk.
   */
  public static String relativeTo(SourceFile file, Path workingDirectory) {
    Path p = file.path();
    if (p == null) {
      return withoutBrackets(file.displayPath());
    }
    Path wd = workingDirectory.toAbsolutePath().normalize();
    Path shown = p.startsWith(wd) && !p.equals(wd) ? wd.relativize(p) : p;
    return shown.toString().replace('\\', '/');
  }

  /** The scan-root-relative path of the JSON report; synthetic files lose their angle brackets. */
  public static String displayPath(SourceFile file) {
    return withoutBrackets(file.displayPath());
  }

  private static String withoutBrackets(String s) {
    return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
  }
}
