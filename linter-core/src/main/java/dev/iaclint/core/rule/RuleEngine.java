package dev.iaclint.core.rule;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.load.Document;
import dev.iaclint.core.source.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs rules over a graph and its documents and turns their results into findings, indeterminate
 * checks and passed checks. A rule that throws is reported as a warning and never stops the scan.
 */
public final class RuleEngine {

  /** What the rules said. */
  public record Results(List<Finding> findings, List<Indeterminate> indeterminate,
      List<PassedCheck> passed, List<Diagnostic> diagnostics) {}

  private final List<Rule> rules;

  public RuleEngine(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(Rule::id));
    this.rules = List.copyOf(sorted);
  }

  public List<Rule> rules() {
    return rules;
  }

  public Results run(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Indeterminate> indeterminate = new ArrayList<>();
    List<PassedCheck> passed = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule instanceof ResourceRule r) {
        for (Node node : context.graph().nodes()) {
          if (!safeAppliesTo(r, node, diagnostics)) {
            continue;
          }
          CheckResult result;
          try {
            result = r.check(node, context);
          } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(internalError(rule, node.address(), node.headerRange(), e));
            continue;
          }
          record(rule, result, node.address(), node.type(), node.headerRange(),
              ModuleCallChain.of(node, context.graph()), findings, indeterminate, passed);
        }
      } else if (rule instanceof DocumentRule r) {
        for (Document doc : context.documents()) {
          CheckResult result;
          try {
            if (!r.appliesTo(doc)) {
              continue;
            }
            result = r.check(doc, context);
          } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(internalError(rule, doc.file().displayPath(),
                SourceRange.startOf(doc.file()), e));
            continue;
          }
          record(rule, result, doc.file().displayPath(), "file", SourceRange.startOf(doc.file()),
              List.of(), findings, indeterminate, passed);
        }
      }
    }
    return new Results(findings, indeterminate, passed, diagnostics);
  }

  private static boolean safeAppliesTo(ResourceRule rule, Node node, List<Diagnostic> diagnostics) {
    try {
      return rule.appliesTo(node);
    } catch (RuntimeException e) {
      diagnostics.add(internalError(rule, node.address(), node.headerRange(), e));
      return false;
    }
  }

  private static void record(Rule rule, CheckResult result, String resource, String resourceType,
      SourceRange where, List<RelatedLocation> callChain, List<Finding> findings,
      List<Indeterminate> indeterminate, List<PassedCheck> passed) {
    RuleMetadata meta = rule.metadata();
    if (result instanceof CheckResult.Fail fail) {
      for (Failure f : fail.failures()) {
        String res = f.resource() != null ? f.resource() : resource;
        String resType = f.resource() != null ? f.resourceType() : resourceType;
        Severity sev = f.severity() != null ? f.severity() : meta.severity();
        String fp = Fingerprints.finding(meta.id(), res, f.attributePath(),
            f.location().file().displayPath(), f.secretFingerprint());
        List<RelatedLocation> related = f.related();
        if (!callChain.isEmpty() && res.equals(resource)) {
          related = new ArrayList<>(related);
          related.addAll(callChain);
        }
        findings.add(new Finding(meta, sev, res, resType, f.message(), f.location(),
            f.attributePath(), related, f.redactions(), fp, null));
      }
    } else if (result instanceof CheckResult.Indeterminate ind) {
      indeterminate.add(new Indeterminate(meta.id(), resource, ind.location(), ind.reason()));
    } else {
      passed.add(new PassedCheck(meta.id(), resource, where));
    }
  }

  private static Diagnostic internalError(Rule rule, String resource, SourceRange where, Throwable e) {
    // The exception message is left out on purpose: it may quote configuration, and so a secret.
    StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    return Diagnostic.warning(where, "internal error in rule " + rule.id() + " on " + resource + ": "
        + e.getClass().getSimpleName() + (top == null ? "" : " at " + top) + "; please report it");
  }
}
