package dev.iaclint.core.terraform;

/**
 * A value does not conform to a type. The message is cty's ("a number is required", "attribute
 * "name" is required"), prefixed with where in the value the problem is ("element 0: …"). It never
 * quotes the value, which could be a secret.
 */
public final class ConversionException extends Exception {
  private final String path;
  private final String problem;

  public ConversionException(String path, String problem) {
    super(path.isEmpty() ? problem : path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  /** Where in the value: "" for the value itself, or steps such as {@code element 0: attribute "name"}. */
  public String path() {
    return path;
  }

  /** The problem without the path. */
  public String problem() {
    return problem;
  }
}
