package dev.iaclint.core.hcl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the workplace's {@code shared/} directory (reference specs, corpus) next to the
 * repository. Nothing from it is copied into the project; tests that need it skip without it.
 */
final class SharedDir {
  private SharedDir() {
  }

  /** {@code shared/<relative>} if it exists. */
  static Optional<Path> find(String relative) {
    String root = System.getProperty("iaclint.repoRoot");
    if (root != null && !root.isBlank()) {
      Path p = Path.of(root).toAbsolutePath().normalize().resolve("../shared").normalize().resolve(relative);
      if (Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("../shared").normalize().resolve(relative);
      if (Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
