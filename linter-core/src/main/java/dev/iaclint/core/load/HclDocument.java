package dev.iaclint.core.load;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.hcl.ast.HclFile;
import dev.iaclint.core.source.SourceFile;

/**
 * A Terraform file ({@code .tf}, {@code .tf.json}, {@code .tfvars}, {@code .tfvars.json}) as its
 * syntax tree, before evaluation: where document rules find literals that no resource owns, such
 * as a variable's default or a value in {@code terraform.tfvars}.
 *
 * @param syntax the parsed file; partial when the file had syntax errors
 */
public record HclDocument(SourceFile file, HclFile syntax) implements Document {
  @Override
  public SourceFormat format() {
    return SourceFormat.TERRAFORM;
  }

  /** True for {@code .tfvars} and {@code .tfvars.json}: values only, no blocks. */
  public boolean isVariablesFile() {
    String name = file.displayPath();
    return name.endsWith(".tfvars") || name.endsWith(".tfvars.json");
  }
}
