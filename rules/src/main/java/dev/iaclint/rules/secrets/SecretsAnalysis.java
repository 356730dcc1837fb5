package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.load.DataDocument;
import dev.iaclint.core.load.Document;
import dev.iaclint.core.load.HclDocument;
import dev.iaclint.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Finds every secret of a document once and hands each rule its share. The eleven secrets rules
 * ask for the same document in turn; the result is kept per scan (keyed weakly by the scan's
 * graph, so it goes away with the scan) instead of being computed eleven times.
 */
final class SecretsAnalysis {
  private SecretsAnalysis() {}

  /** One scan's results: valid for the document list they were computed against. */
  private record ScanMemo(List<Document> documents, Map<Document, List<SecretFinding>> byDocument,
      Map<String, PasswordInputs> passwordInputsByDirectory) {}

  private static final Map<ResourceGraph, ScanMemo> MEMO = Collections.synchronizedMap(new WeakHashMap<>());

  /** The findings of rule {@code ruleId} in {@code document}. */
  static List<SecretFinding> findings(Document document, RuleContext context, String ruleId) {
    List<SecretFinding> all = all(document, context);
    List<SecretFinding> mine = new ArrayList<>();
    for (SecretFinding f : all) {
      if (f.ruleId().equals(ruleId)) {
        mine.add(f);
      }
    }
    return mine;
  }

  /** Every secret in {@code document}, each assigned to one rule. */
  static List<SecretFinding> all(Document document, RuleContext context) {
    ScanMemo memo;
    synchronized (MEMO) {
      memo = MEMO.get(context.graph());
      if (memo == null || memo.documents() != context.documents()) {
        memo = new ScanMemo(context.documents(), new IdentityHashMap<>(), new HashMap<>());
        MEMO.put(context.graph(), memo);
      }
    }
    synchronized (memo) {
      List<SecretFinding> found = memo.byDocument().get(document);
      if (found == null) {
        found = List.copyOf(compute(document, context, memo));
        memo.byDocument().put(document, found);
      }
      return found;
    }
  }

  private static List<SecretFinding> compute(Document document, RuleContext context, ScanMemo memo) {
    if (document instanceof DataDocument data) {
      return DataDocumentSecrets.find(data, context.graph());
    }
    if (document instanceof HclDocument hcl) {
      PasswordInputs inputs = memo.passwordInputsByDirectory().computeIfAbsent(directoryOf(hcl),
          dir -> PasswordInputs.of(context.documents().stream()
              .filter(d -> d instanceof HclDocument && directoryOf(d).equals(dir))
              .map(d -> (HclDocument) d).toList()));
      return HclDocumentSecrets.find(hcl, inputs);
    }
    return List.of();
  }

  /**
   * The directory of a file: a Terraform module is the configuration files of one directory. The
   * real directory when the file has one: two scanned directories may show the same paths.
   */
  private static String directoryOf(Document d) {
    if (d.file().path() != null && d.file().path().getParent() != null) {
      return d.file().path().getParent().toString();
    }
    String path = d.file().displayPath();
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
