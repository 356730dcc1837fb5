package dev.iaclint.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.load.DataDocument;
import dev.iaclint.core.load.Document;
import dev.iaclint.core.rule.RuleContext;
import java.util.List;

/** Runs the secrets analysis on one document and checks what every finding may show. */
final class SecretsTesting {
  private SecretsTesting() {}

  static List<SecretFinding> findings(SourceFormat format, String path, String yaml) {
    DataDocument doc = YamlDocuments.of(path, format, yaml);
    List<SecretFinding> found = SecretsAnalysis.all(doc,
        new RuleContext(ResourceGraph.empty(), List.<Document>of(doc)));
    for (SecretFinding f : found) {
      if (!f.value().startsWith("ref:")) {
        assertThat(f.message()).as("message of %s", f).doesNotContain(f.value());
        assertThat(f.redactions()).as("redactions of %s", f).isNotEmpty();
      }
      assertThat(f.toFailure().secretFingerprint()).isNotBlank().doesNotContain(f.value());
    }
    return found;
  }

  /** The source text a finding's location covers. */
  static String textAt(SecretFinding f) {
    var r = f.location();
    String text = r.file().text();
    int begin = r.file().lineStartIndex(r.startLine()) + r.startColumn() - 1;
    int end = r.file().lineStartIndex(r.endLine()) + r.endColumn() - 1;
    return text.substring(begin, end);
  }
}
