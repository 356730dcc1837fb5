package dev.iaclint.core.yaml;

import dev.iaclint.core.source.SourceFile;

/** Node ids for data formats: unique per scan even when two scan roots hold files of the same relative name. */
public final class NodeIds {
  private NodeIds() {}

  /** The absolute path of {@code file} when it has one, its display path otherwise. */
  public static String fileKey(SourceFile file) {
    return file.path() != null ? file.path().toString().replace('\\', '/') : file.displayPath();
  }

  /** {@code format:fileKey#local}. */
  public static String of(String format, SourceFile file, String local) {
    return format + ":" + fileKey(file) + "#" + local;
  }
}
