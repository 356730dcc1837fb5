package dev.iaclint.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one module scans: its directories, minus what belongs to someone else. The build directory
 * holds generated copies of the sources (and our own reports); a subdirectory that is a module of
 * this project is scanned when that module is built, so scanning it from here would report every
 * finding twice in a reactor.
 */
final class ScanDirectories {
  private ScanDirectories() {}

  /**
   * Exclude globs, relative to each scanned directory, for every {@code excluded} directory that
   * lies strictly inside one of {@code directories}.
   */
  static List<String> excludeGlobs(List<Path> directories, List<Path> excluded) {
    Set<String> globs = new LinkedHashSet<>();
    for (Path dir : directories) {
      Path root = canonical(dir);
      for (Path ex : excluded) {
        Path candidate = canonical(ex);
        if (candidate.startsWith(root) && !candidate.equals(root)) {
          globs.add(escapeGlob(root.relativize(candidate).toString().replace('\\', '/')));
        }
      }
    }
    return List.copyOf(globs);
  }

  /**
   * The directories of {@code modules} (as written in {@code <modules>}: a directory, or a pom file
   * in one) below {@code basedir}.
   */
  static List<Path> moduleDirectories(Path basedir, List<String> modules) {
    List<Path> result = new ArrayList<>();
    for (String module : modules) {
      Path p = basedir.resolve(module.trim()).normalize();
      result.add(Files.isRegularFile(p) ? p.getParent() : p);
    }
    return result;
  }

  /** The real path when it exists (symbolic links resolved), else the absolute normalized one. */
  private static Path canonical(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (java.io.IOException e) {
      return abs;
    }
  }

  /**
   * A literal path as a glob. Core turns backslashes into separators, so metacharacters cannot be
   * escaped; each becomes {@code ?}, which matches it (and, harmlessly, any other one character).
   */
  static String escapeGlob(String path) {
    StringBuilder sb = new StringBuilder();
    for (char c : path.toCharArray()) {
      sb.append("*?[]{}".indexOf(c) >= 0 ? '?' : c);
    }
    return sb.toString();
  }
}
