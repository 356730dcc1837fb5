package dev.iaclint.core.yaml;

/** Bounds that keep a hostile or broken file from exhausting memory or the stack. */
public final class Limits {
  /** Largest YAML file read, in code points (10 MiB of ASCII). */
  public static final int MAX_CODE_POINTS = 10 * 1024 * 1024;
  /**
   * Largest JSON file read (64 MiB of ASCII): JSON has no aliases to expand and is streamed, and a
   * Terraform plan of a large estate runs to tens of MiB.
   */
  public static final int MAX_JSON_CODE_POINTS = 64 * 1024 * 1024;
  /** Deepest nesting of mappings and lists. */
  public static final int MAX_DEPTH = 200;
  /** Most aliases of mappings or lists per YAML document (billion-laughs guard). */
  public static final int MAX_COLLECTION_ALIASES = 100;
  /** Most values one file may expand to once aliases are followed. */
  public static final int MAX_VALUES = 2_000_000;

  private Limits() {}
}
