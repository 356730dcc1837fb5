package dev.iaclint.core.scan;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the input files under the scan paths, in a deterministic order, without following
 * symbolic links out of the tree and without descending into tool caches.
 */
public final class FileDiscovery {
  /** Directories that hold tool state or vendored code, never the user's configuration. */
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn", ".terraform",
      "node_modules", ".idea", ".vscode", ".terragrunt-cache");

  /** A file found under a scan path, with the root its display path is relative to. */
  public record Found(Path file, Path root) {}

  private final List<PathMatcher> excludes = new ArrayList<>();

  /** @throws IllegalArgumentException for a glob {@link PathGlobs#problem} rejects */
  public FileDiscovery(List<String> excludeGlobs) {
    for (String glob : excludeGlobs) {
      String problem = PathGlobs.problem(glob);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      excludes.addAll(PathGlobs.matchers(glob));
    }
  }

  /** Whether iaclint reads files with this name at all. */
  public static boolean isCandidate(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".tf") || name.endsWith(".tf.json") || name.endsWith(".tfvars")
        || name.endsWith(".tfvars.json") || name.endsWith(".yaml") || name.endsWith(".yml")
        || name.endsWith(".json") || name.endsWith(".template");
  }

  /**
   * Walks {@code paths}. A path that is a file is taken as given (even with an unusual extension);
   * a path that does not exist becomes an error diagnostic.
   */
  public List<Found> discover(List<Path> paths, List<Diagnostic> diagnostics) {
    List<Found> found = new ArrayList<>();
    for (Path path : paths) {
      Path p = path.normalize();
      if (!Files.exists(p)) {
        diagnostics.add(Diagnostic.error(SourceRange.startOf(SourceFile.synthetic(path.toString())),
            "no such file or directory: " + path));
      } else if (Files.isRegularFile(p)) {
        Path parent = p.toAbsolutePath().getParent();
        found.add(new Found(p, parent));
      } else {
        walk(p, found, diagnostics);
      }
    }
    return found;
  }

  private void walk(Path root, List<Found> found, List<Diagnostic> diagnostics) {
    List<Found> here = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && (SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
              || isExcluded(root, dir))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && isCandidate(file) && !isExcluded(root, file)) {
            here.add(new Found(file, root));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          diagnostics.add(Diagnostic.error(
              SourceRange.startOf(SourceFile.synthetic(file.toString())),
              "cannot read " + file + ": " + describe(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(SourceRange.startOf(SourceFile.synthetic(root.toString())),
          "cannot read " + root + ": " + describe(e)));
    }
    here.sort(Comparator.comparing(f -> root.relativize(f.file()).toString().replace('\\', '/')));
    found.addAll(here);
  }

  private boolean isExcluded(Path root, Path p) {
    if (excludes.isEmpty()) {
      return false;
    }
    Path rel = root.relativize(p);
    for (PathMatcher m : excludes) {
      if (m.matches(rel)) {
        return true;
      }
    }
    return false;
  }

  static String describe(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
