package dev.iaclint.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of one code source, a directory ({@code target/classes}, a custom rule directory) or a
 * jar (the rules jar, the shaded CLI jar), listed by path with {@code /} separators.
 *
 * <p>Rule packs find their rule files, Java rule classes and examples by walking their own code
 * source, so adding a rule never means registering it anywhere else.
 */
public final class ResourceTree {
  private final Path root;
  private final boolean jar;
  private final List<String> names;

  private ResourceTree(Path root, boolean jar, List<String> names) {
    this.root = root;
    this.jar = jar;
    this.names = names;
  }

  /** The code source {@code anchor} was loaded from. */
  public static ResourceTree of(Class<?> anchor) {
    CodeSource cs = anchor.getProtectionDomain().getCodeSource();
    if (cs == null || cs.getLocation() == null) {
      throw new IllegalStateException("cannot tell where " + anchor.getName() + " was loaded from");
    }
    Path location;
    try {
      location = Path.of(cs.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException("unsupported code source for " + anchor.getName() + ": " + cs.getLocation(), e);
    }
    return at(location);
  }

  /** A directory or a jar file. */
  public static ResourceTree at(Path location) {
    try {
      if (Files.isDirectory(location)) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(location)) {
          files.filter(Files::isRegularFile)
              .forEach(p -> names.add(location.relativize(p).toString().replace('\\', '/')));
        }
        names.sort(null);
        return new ResourceTree(location, false, List.copyOf(names));
      }
      List<String> names = new ArrayList<>();
      try (ZipFile zip = new ZipFile(location.toFile())) {
        zip.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
      }
      names.sort(null);
      return new ResourceTree(location, true, List.copyOf(names));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + location, e);
    }
  }

  /** Where the tree is: the directory or the jar. */
  public Path root() {
    return root;
  }

  /** Every file whose path starts with {@code prefix}, sorted. */
  public List<String> list(String prefix) {
    List<String> result = new ArrayList<>();
    for (String n : names) {
      if (n.startsWith(prefix)) {
        result.add(n);
      }
    }
    return result;
  }

  /** The text of {@code name}, as UTF-8. */
  public String read(String name) {
    try {
      if (!jar) {
        return Files.readString(root.resolve(name), StandardCharsets.UTF_8);
      }
      try (ZipFile zip = new ZipFile(root.toFile())) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
          throw new IOException("no entry " + name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from " + root, e);
    }
  }

  /** The path a person would open: the file itself, or {@code jar!/name}. */
  public String displayPath(String name) {
    return jar ? root.getFileName() + "!/" + name : root.resolve(name).toString();
  }
}
