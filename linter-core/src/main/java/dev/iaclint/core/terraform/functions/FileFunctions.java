package dev.iaclint.core.terraform.functions;

import static dev.iaclint.core.terraform.functions.Fn.str;

import dev.iaclint.core.value.Value;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * File and path functions. Relative paths are relative to the working directory, as in Terraform.
 * Files are read only inside the scan root: a path outside it, or one that leaves it through
 * {@code ..} or a symbolic link, is an error and is never read. A file that does not exist gives an
 * unknown (it may be generated before apply), and {@code ~} paths, which need the home directory of
 * whoever runs Terraform, give unknowns.
 */
final class FileFunctions {
  private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
  private static final int MAX_FILESET_ENTRIES = 100_000;

  private FileFunctions() {
  }

  static List<TerraformFunction> all() {
    return List.of(
        Fn.of("file", a -> a.str(utf8(a, read(a))), str("path")),
        Fn.of("filebase64", a -> a.str(Base64.getEncoder().encodeToString(read(a))), str("path")),
        hash("filemd5", b -> HexFormat.of().formatHex(HashFunctions.digest("MD5", b))),
        hash("filesha1", b -> HexFormat.of().formatHex(HashFunctions.digest("SHA-1", b))),
        hash("filesha256", b -> HexFormat.of().formatHex(HashFunctions.digest("SHA-256", b))),
        hash("filesha512", b -> HexFormat.of().formatHex(HashFunctions.digest("SHA-512", b))),
        hash("filebase64sha256", b -> Base64.getEncoder().encodeToString(HashFunctions.digest("SHA-256", b))),
        hash("filebase64sha512", b -> Base64.getEncoder().encodeToString(HashFunctions.digest("SHA-512", b))),
        Fn.of("fileexists", FileFunctions::fileexists, str("path")),
        Fn.of("fileset", FileFunctions::fileset, str("path"), str("pattern")),
        Fn.of("abspath", FileFunctions::abspath, str("path")),
        Fn.of("dirname", a -> a.str(GoPaths.dir(a.string(0))), str("path")),
        Fn.of("basename", a -> a.str(GoPaths.base(a.string(0))), str("path")),
        Fn.of("pathexpand", a -> {
          String p = a.string(0);
          if (p.startsWith("~")) {
            return a.unknown("pathexpand() depends on the home directory of whoever runs Terraform");
          }
          return a.str(p);
        }, str("path")));
  }

  private static TerraformFunction hash(String name, Function<byte[], String> f) {
    return Fn.of(name, a -> a.str(f.apply(read(a))), str("path"));
  }

  private static Path workingDir(Args a) {
    FunctionContext ctx = a.ctx();
    if (ctx.workingDir() == null || ctx.scanRoot() == null) {
      Args.known(a.unknown("the configuration was not read from a directory, so files cannot be read"));
    }
    return ctx.workingDir().toAbsolutePath().normalize();
  }

  /**
   * The absolute, normalized path for argument {@code i}, checked to lie inside the scan root
   * (lexically and, when it exists, after resolving symbolic links).
   */
  private static Path resolve(Args a, int i, String given) throws FunctionException {
    if (given.startsWith("~")) {
      Args.known(a.unknown("paths under the home directory of whoever runs Terraform are not read"));
    }
    Path wd = workingDir(a);
    Path path;
    try {
      path = wd.resolve(given).normalize();
    } catch (InvalidPathException e) {
      throw a.error(i, "the path is not valid");
    }
    Path root = a.ctx().scanRoot().toAbsolutePath().normalize();
    if (!path.startsWith(root)) {
      throw a.error(i, "the path " + given + " is outside the scanned directory; iaclint does not read it");
    }
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Path real = path.toRealPath();
        if (!real.startsWith(root.toRealPath())) {
          throw a.error(i, "the path " + given + " leads outside the scanned directory through a symbolic link; "
              + "iaclint does not read it");
        }
      } catch (IOException e) {
        // A dangling link: it reads as a missing file.
        return path;
      }
    }
    return path;
  }

  private static byte[] read(Args a) throws FunctionException {
    String given = a.string(0);
    Path path = resolve(a, 0, given);
    if (!Files.exists(path)) {
      Args.known(a.unknown("no file exists at " + given + " in the scanned files; it may be created before apply"));
    }
    if (Files.isDirectory(path)) {
      throw a.error(0, given + " is a directory, not a file");
    }
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        Args.known(a.unknown(given + " is larger than iaclint reads (16 MiB)"));
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw a.error(0, "the file " + given + " could not be read");
    }
  }

  private static String utf8(Args a, byte[] bytes) throws FunctionException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw a.error(0, "contents of " + a.string(0) + " are not valid UTF-8; use the filebase64 function to "
          + "obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to "
          + "obtain file hashing results instead");
    }
  }

  private static Value fileexists(Args a) throws FunctionException {
    String given = a.string(0);
    Path path = resolve(a, 0, given);
    if (!Files.exists(path)) {
      return a.bool(false);
    }
    if (!Files.isRegularFile(path)) {
      throw a.error(0, given + " is not a regular file");
    }
    return a.bool(true);
  }

  private static Value abspath(Args a) {
    String given = a.string(0);
    if (given.startsWith("/")) {
      return a.str(GoPaths.clean(given));
    }
    String wd = workingDir(a).toString().replace('\\', '/');
    return a.str(GoPaths.clean(wd + "/" + given));
  }

  private static Value fileset(Args a) throws FunctionException {
    String base = a.string(0);
    String pattern = a.string(1);
    // Literal leading segments of the pattern (including "..") move into the directory walked.
    List<String> segments = new ArrayList<>(List.of(pattern.split("/", -1)));
    StringBuilder prefix = new StringBuilder();
    while (segments.size() > 1 && Glob.isLiteral(segments.get(0))) {
      prefix.append(segments.remove(0)).append('/');
    }
    for (String s : segments) {
      if (s.equals("..")) {
        throw a.error(1, "a .. after a wildcard in the pattern could lead outside the scanned directory");
      }
    }
    Path dir = resolve(a, 0, base.isEmpty() ? "." : base);
    Path walkRoot = resolve(a, 1, dir.resolve(prefix.toString()).normalize().toString());
    Pattern glob;
    try {
      glob = Glob.compile(String.join("/", segments));
    } catch (Glob.GlobException e) {
      throw a.error(1, e.getMessage());
    }
    List<Value> found = new ArrayList<>();
    if (Files.isDirectory(walkRoot)) {
      Path realRoot;
      try {
        realRoot = a.ctx().scanRoot().toAbsolutePath().normalize().toRealPath();
      } catch (IOException e) {
        throw a.error(0, "the scanned directory could not be read");
      }
      try {
        walk(a, walkRoot, dir, glob, realRoot, found);
      } catch (IOException e) {
        throw a.error(0, "the directory " + base + " could not be read");
      }
    }
    return a.set(found);
  }

  private static void walk(Args a, Path walkRoot, Path dir, Pattern glob, Path realRoot, List<Value> found)
      throws IOException, FunctionException {
    List<Path> matches = new ArrayList<>();
    boolean[] tooMany = {false};
    Files.walkFileTree(walkRoot, EnumSet.noneOf(FileVisitOption.class), 64, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String rel = walkRoot.relativize(file).toString().replace('\\', '/');
        if (!glob.matcher(rel).matches()) {
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isSymbolicLink()) {
          try {
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot) || !Files.isRegularFile(real)) {
              return FileVisitResult.CONTINUE;
            }
          } catch (IOException e) {
            return FileVisitResult.CONTINUE;
          }
        } else if (!attrs.isRegularFile()) {
          return FileVisitResult.CONTINUE;
        }
        matches.add(file);
        if (matches.size() > MAX_FILESET_ENTRIES) {
          tooMany[0] = true;
          return FileVisitResult.TERMINATE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) {
        return FileVisitResult.CONTINUE;
      }
    });
    if (tooMany[0]) {
      Args.known(a.unknown("fileset() matched more than " + MAX_FILESET_ENTRIES + " files"));
    }
    for (Path m : matches) {
      found.add(a.str(dir.relativize(m).toString().replace('\\', '/')));
    }
  }
}
