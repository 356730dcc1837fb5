package dev.iaclint.core.terraform;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.Block;
import dev.iaclint.core.hcl.ast.HclFile;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The declarations of one module: a directory's {@code .tf} and {@code .tf.json} files, by kind
 * and name, in source order, with its override files merged in ({@link OverrideFiles}).
 *
 * @param dir the directory (absolute when read from disk)
 * @param displayDir the directory as reports show it ("." for the scan root)
 * @param range the start of its first file: where problems with the module as a whole are reported
 */
record ModuleConfig(Path dir, String displayDir, SourceRange range, Map<String, Block> variables, Map<String, Attribute> locals,
    Map<String, Block> resources, Map<String, Block> dataSources, Map<String, Block> moduleCalls,
    Map<String, Block> outputs) {

  static ModuleConfig of(Path dir, String displayDir, List<HclFile> written, Consumer<Diagnostic> diagnostics) {
    SourceRange range = written.isEmpty() ? SourceRange.startOf(SourceFile.synthetic(displayDir))
        : SourceRange.startOf(written.get(0).source());
    List<HclFile> files = OverrideFiles.merge(written, diagnostics);
    ModuleConfig c = new ModuleConfig(dir, displayDir, range, new LinkedHashMap<>(), new LinkedHashMap<>(),
        new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    for (HclFile file : files) {
      for (Block b : file.body().blocks()) {
        switch (b.type()) {
          case "variable" -> c.declare(c.variables, b, 1, "variable", diagnostics);
          case "resource" -> c.declare(c.resources, b, 2, "resource", diagnostics);
          case "data" -> c.declare(c.dataSources, b, 2, "data source", diagnostics);
          case "module" -> c.declare(c.moduleCalls, b, 1, "module", diagnostics);
          case "output" -> c.declare(c.outputs, b, 1, "output", diagnostics);
          case "locals" -> {
            for (Attribute a : b.body().attributes()) {
              if (c.locals.putIfAbsent(a.name(), a) != null) {
                diagnostics.accept(Diagnostic.warning(a.nameRange(), "Duplicate local value definition: local."
                    + a.name() + " is defined more than once; the first one is used"));
              }
            }
          }
          default -> { }
        }
      }
    }
    return c;
  }

  private void declare(Map<String, Block> into, Block b, int labels, String what,
      Consumer<Diagnostic> diagnostics) {
    if (b.labels().size() != labels) {
      diagnostics.accept(Diagnostic.warning(b.headerRange(), "A " + what + " block needs " + labels
          + (labels == 1 ? " label" : " labels") + "; this one is skipped"));
      return;
    }
    String key = String.join(".", b.labelValues());
    if (into.putIfAbsent(key, b) != null) {
      diagnostics.accept(Diagnostic.warning(b.headerRange(), "Duplicate " + what + " \"" + key
          + "\": it is declared more than once; the first one is used"));
    }
  }
}
