package dev.iaclint.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Indeterminate;
import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Suppression;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.source.SourceRange;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON report of the contract: {@code version}, {@code findings} (suppressed ones included and
 * marked), {@code indeterminate}, {@code errors}, {@code summary}; plus {@code warnings} (non-fatal
 * diagnostics such as expired suppressions) and, per finding, {@code fingerprint},
 * {@code suppression} and {@code related}. File paths are relative to the scan root.
 */
public final class JsonReporter implements Reporter {

  @Override
  public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
    Redactor redactor = Redactor.of(result);
    ObjectNode root = JsonOutput.object();
    root.put("version", context.toolVersion());

    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.findings()) {
      ObjectNode n = findings.addObject();
      n.put("ruleId", f.ruleId());
      n.put("title", f.rule().title());
      n.put("severity", f.severity().name());
      n.put("category", f.rule().category().id());
      n.put("resource", redactor.scrubName(f.resource()));
      n.put("resourceType", f.resourceType());
      n.put("message", redactor.scrub(f.message()));
      n.set("location", location(f.location()));
      n.put("remediation", f.rule().remediation());
      n.put("suppressed", f.suppressed());
      if (f.suppressed()) {
        n.set("suppression", suppression(f.suppression(), redactor));
      }
      n.put("fingerprint", f.fingerprint());
      if (!f.attributePath().isEmpty()) {
        n.put("attribute", f.attributePath());
      }
      if (!f.related().isEmpty()) {
        ArrayNode related = n.putArray("related");
        for (RelatedLocation r : f.related()) {
          ObjectNode rn = related.addObject();
          rn.put("message", redactor.scrub(r.message()));
          rn.set("location", location(r.range()));
        }
      }
    }

    ArrayNode indeterminate = root.putArray("indeterminate");
    for (Indeterminate i : result.indeterminate()) {
      ObjectNode n = indeterminate.addObject();
      n.put("ruleId", i.ruleId());
      n.put("resource", redactor.scrubName(i.resource()));
      n.set("location", location(i.location()));
      n.put("reason", redactor.scrub(i.reason()));
    }

    ArrayNode errors = root.putArray("errors");
    ArrayNode warnings = root.putArray("warnings");
    for (Diagnostic d : result.diagnostics()) {
      ObjectNode n = d.isError() ? errors.addObject() : warnings.addObject();
      n.put("file", ReportPaths.displayPath(d.range().file()));
      n.put("line", d.range().startLine());
      n.put("column", d.range().startColumn());
      if (!d.isError()) {
        n.put("severity", d.severity().name());
      }
      n.put("message", redactor.scrub(d.message()));
    }

    ObjectNode summary = root.putObject("summary");
    long total = 0;
    for (Map.Entry<Severity, Integer> e : result.countsBySeverity().entrySet()) {
      summary.put(e.getKey().name(), e.getValue());
      total += e.getValue();
    }
    summary.put("total", total);
    summary.put("suppressed", ReportSupport.suppressedCount(result));
    summary.put("indeterminate", result.indeterminate().size());
    summary.put("passed", result.passed().size());
    summary.put("errors", result.errors().size());
    summary.put("filesScanned", result.filesScanned());
    summary.put("filesSkipped", result.filesSkipped());
    JsonOutput.write(root, out);
  }

  static ObjectNode location(SourceRange r) {
    ObjectNode n = JsonOutput.object();
    n.put("file", ReportPaths.displayPath(r.file()));
    n.put("startLine", r.startLine());
    n.put("startColumn", r.startColumn());
    n.put("endLine", r.endLine());
    n.put("endColumn", r.endColumn());
    return n;
  }

  private static ObjectNode suppression(Suppression s, Redactor redactor) {
    ObjectNode n = JsonOutput.object();
    n.put("kind", s.kind());
    n.put("reason", redactor.scrub(s.reason()));
    if (s.range() != null) {
      n.set("location", location(s.range()));
    }
    return n;
  }
}
