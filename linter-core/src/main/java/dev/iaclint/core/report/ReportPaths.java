package dev.iaclint.core.report;

import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
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

  /**
   * {@code f}'s message for a report whose paths are {@link #relativeTo} the working directory.
   * Rules quote the places they name in a message ("value set … at terraform.tfvars:2:1") by their
   * display path, relative to the scan root; each such place that is one of the finding's related
   * locations is renamed the way this report names files, so that an editor or terminal can open
   * it. JSON and SARIF, whose paths are display paths, keep the message as it is.
   */
  public static String message(Finding f, Path workingDirectory) {
    return renamePlaces(f.message(), f.related(), workingDirectory);
  }

  /** {@code message} with each of {@code places} it quotes renamed as in {@link #message(Finding, Path)}. */
  public static String renamePlaces(String message, java.util.List<RelatedLocation> places, Path workingDirectory) {
    for (RelatedLocation related : places) {
      SourceRange r = related.range();
      if (r == null || r.file().path() == null) {
        continue;
      }
      String quoted = r.toShortString();
      String renamed = relativeTo(r.file(), workingDirectory) + ":" + r.startLine() + ":" + r.startColumn();
      if (!quoted.equals(renamed)) {
        message = replaceWhole(message, quoted, renamed);
      }
    }
    return message;
  }

  /** Replaces {@code quoted} where it stands on its own: not inside a longer path, line or column. */
  private static String replaceWhole(String message, String quoted, String renamed) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int at = message.indexOf(quoted); at >= 0; at = message.indexOf(quoted, at + 1)) {
      int end = at + quoted.length();
      boolean startsAlone = at == 0 || !isPathChar(message.charAt(at - 1));
      boolean endsAlone = end == message.length() || !Character.isDigit(message.charAt(end));
      if (startsAlone && endsAlone && at >= from) {
        out.append(message, from, at).append(renamed);
        from = end;
      }
    }
    return out.append(message, from, message.length()).toString();
  }

  private static boolean isPathChar(char c) {
    return Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '_' || c == '-' || c == '\\';
  }

  /** The scan-root-relative path of the JSON report; synthetic files lose their angle brackets. */
  public static String displayPath(SourceFile file) {
    return withoutBrackets(file.displayPath());
  }

  private static String withoutBrackets(String s) {
    return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
  }
}
