package dev.iaclint.core.terraform.functions;

import dev.iaclint.core.source.SourceRange;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a function call knows about where it is.
 *
 * @param callRange the whole call expression: results take it as their range
 * @param moduleDir the directory of the module the call is in ({@code path.module}); may be null
 *     for configurations not read from disk, and then file functions return unknowns
 * @param scanRoot the directory being scanned: file functions read only inside it
 * @param workingDir where Terraform would run: relative paths given to file functions are relative
 *     to it, as in Terraform (the root module's directory)
 */
public record FunctionContext(SourceRange callRange, Path moduleDir, Path scanRoot, Path workingDir) {
  public FunctionContext {
    Objects.requireNonNull(callRange, "callRange");
  }

  /** A context whose working directory is the module directory. */
  public FunctionContext(SourceRange callRange, Path moduleDir, Path scanRoot) {
    this(callRange, moduleDir, scanRoot, moduleDir);
  }

  /** A context with no file system: file functions return unknowns. */
  public static FunctionContext withoutFiles(SourceRange callRange) {
    return new FunctionContext(callRange, null, null, null);
  }
}
