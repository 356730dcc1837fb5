package dev.iaclint.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.hcl.ast.Attribute;
import dev.iaclint.core.hcl.ast.Expression;
import dev.iaclint.core.hcl.ast.HclFile;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;

/** Small helpers shared by the HCL tests. */
final class Hcl {
  private Hcl() {
  }

  /** Parses {@code text} and asserts it has no diagnostics. */
  static HclFile parseOk(String text) {
    HclParseResult r = HclParser.parse(SourceFile.of("main.tf", text));
    assertThat(r.diagnostics()).as("diagnostics").isEmpty();
    return r.file();
  }

  static HclParseResult parse(String text) {
    return HclParser.parse(SourceFile.of("main.tf", text));
  }

  /** The expression of the first attribute of {@code "a = " + expr}. */
  static Expression expr(String expr) {
    HclFile f = parseOk("a = " + expr + "\n");
    return ((Attribute) f.body().items().get(0)).expression();
  }

  /** {@code "line:col-line:col"} of a range. */
  static String span(SourceRange r) {
    return r.startLine() + ":" + r.startColumn() + "-" + r.endLine() + ":" + r.endColumn();
  }
}
