package dev.iaclint.core.scan;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Exclude globs ({@code --exclude-path}, {@code exclude-path}) read the way users know them from
 * {@code .gitignore} and other scanners, which Java's glob syntax alone does not: {@code **}{@code /}
 * also matches no directory at all ({@code **}{@code /test/**} excludes a top-level {@code test/}
 * too), a leading {@code ./} means the scan root, and a pattern naming a directory excludes
 * everything below it.
 */
public final class PathGlobs {
  private PathGlobs() {}

  /** The matchers for {@code glob}, relative paths with {@code /} separators. */
  public static List<PathMatcher> matchers(String glob) {
    List<PathMatcher> result = new ArrayList<>();
    for (String variant : variants(glob)) {
      result.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
    }
    return result;
  }

  /** Why {@code glob} cannot be used (one line, for a usage error), or {@code null}. */
  public static String problem(String glob) {
    if (glob == null || glob.isBlank()) {
      return "an empty path glob";
    }
    try {
      matchers(glob);
      return null;
    } catch (PatternSyntaxException e) {
      return "invalid path glob '" + glob + "': " + e.getDescription();
    }
  }

  static Set<String> variants(String glob) {
    String g = glob.replace('\\', '/');
    while (g.startsWith("./")) {
      g = g.substring(2);
    }
    Set<String> withoutDirectoryStars = new LinkedHashSet<>();
    dropDirectoryStars(g, 0, withoutDirectoryStars);
    Set<String> result = new LinkedHashSet<>();
    for (String v : withoutDirectoryStars) {
      result.add(v);
      // "modules/legacy" and "modules/legacy/" also exclude what is below the directory.
      if (!v.endsWith("**")) {
        result.add((v.endsWith("/") ? v : v + "/") + "**");
      }
    }
    return result;
  }

  /** {@code g} with each {@code **}{@code /} from {@code from} on kept or left out (zero directories). */
  private static void dropDirectoryStars(String g, int from, Set<String> out) {
    int at = g.indexOf("**/", from);
    while (at > 0 && g.charAt(at - 1) != '/') {
      at = g.indexOf("**/", at + 1);
    }
    if (at < 0) {
      out.add(g);
      return;
    }
    dropDirectoryStars(g, at + 3, out);
    dropDirectoryStars(g.substring(0, at) + g.substring(at + 3), at, out);
  }
}
