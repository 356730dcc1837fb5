package dev.iaclint.core.terraform;

import dev.iaclint.core.hcl.HclJsonLoader;
import dev.iaclint.core.hcl.HclParseResult;
import dev.iaclint.core.hcl.HclParser;
import dev.iaclint.core.load.HclDocument;
import dev.iaclint.core.load.InputLoader;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.source.SourceFile;
import java.util.Locale;

/**
 * Reads Terraform's files: parses every {@code .tf}, {@code .tf.json}, {@code .tfvars} and
 * {@code .tfvars.json}, reports their syntax errors, and registers each as an {@link HclDocument}.
 */
public final class TerraformLoader implements InputLoader {

  /** Whether {@code file} is written in Terraform's native or JSON syntax, by its name. */
  public static boolean isTerraformFile(SourceFile file) {
    String name = file.displayPath().toLowerCase(Locale.ROOT);
    return name.endsWith(".tf") || name.endsWith(".tf.json") || name.endsWith(".tfvars")
        || name.endsWith(".tfvars.json");
  }

  @Override
  public void load(LoadContext context) {
    for (SourceFile file : context.unclaimedFiles()) {
      if (!isTerraformFile(file)) {
        continue;
      }
      context.claim(file);
      HclParseResult parsed = file.displayPath().toLowerCase(Locale.ROOT).endsWith(".json")
          ? HclJsonLoader.load(file)
          : HclParser.parse(file);
      parsed.diagnostics().forEach(context::report);
      context.addDocument(new HclDocument(file, parsed.file()));
    }
  }
}
