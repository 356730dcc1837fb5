package dev.iaclint.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RuleMetadata;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Suppression;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.source.SourceRange;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0, as GitHub code scanning and most IDEs read it: every rule that ran in
 * {@code tool.driver.rules} with its help and {@code security-severity}; results with exact regions
 * (columns in Unicode code points), {@code partialFingerprints} that survive line moves,
 * {@code relatedLocations} for where deciding values were set, and {@code suppressions} on
 * suppressed results (which are kept so that code scanning can close their alerts).
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://iaclint.dev";
  /** The key of our fingerprint in {@code partialFingerprints}; bump the version if it changes. */
  static final String FINGERPRINT_KEY = "iaclint/v1";
  private static final String SRCROOT = "%SRCROOT%";

  @Override
  public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
    Redactor redactor = Redactor.of(result);
    Map<String, RuleMetadata> rules = new TreeMap<>();
    for (Rule r : result.rules()) {
      rules.put(r.id(), r.metadata());
    }
    for (Finding f : result.findings()) {
      rules.putIfAbsent(f.ruleId(), f.rule());
    }
    List<String> ruleIds = new ArrayList<>(rules.keySet());

    ObjectNode root = JsonOutput.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "iaclint");
    driver.put("version", context.toolVersion());
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode ruleArray = driver.putArray("rules");
    for (RuleMetadata m : rules.values()) {
      ruleArray.add(rule(m));
    }

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", !result.hasErrors());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (Diagnostic d : result.diagnostics()) {
      ObjectNode n = notifications.addObject();
      n.put("level", switch (d.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case NOTICE -> "note";
      });
      n.putObject("message").put("text", redactor.scrub(d.message()));
      if (!d.range().file().isSynthetic()) {
        n.putArray("locations").add(location(d.range(), context.workingDirectory()));
      }
    }

    run.put("columnKind", "unicodeCodePoints");
    ArrayNode results = run.putArray("results");
    for (Finding f : result.findings()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.ruleId());
      r.put("ruleIndex", ruleIds.indexOf(f.ruleId()));
      r.put("level", level(f.severity()));
      r.putObject("message").put("text", redactor.scrub(f.message()));
      r.putArray("locations").add(location(f.location(), context.workingDirectory()));
      r.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
      if (!f.related().isEmpty()) {
        ArrayNode related = r.putArray("relatedLocations");
        int id = 1;
        for (RelatedLocation rel : f.related()) {
          ObjectNode loc = location(rel.range(), context.workingDirectory());
          loc.put("id", id++);
          loc.putObject("message").put("text", redactor.scrub(rel.message()));
          related.add(loc);
        }
      }
      if (f.suppressed()) {
        r.putArray("suppressions").add(suppression(f.suppression(), redactor, context.workingDirectory()));
      }
      ObjectNode props = r.putObject("properties");
      props.put("resource", redactor.scrubName(f.resource()));
      props.put("resourceType", f.resourceType());
      props.put("severity", f.severity().name());
      props.put("category", f.rule().category().id());
    }
    JsonOutput.write(root, out);
  }

  /** GitHub's scale: critical above 9.0, high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9. */
  static String securitySeverity(Severity s) {
    return switch (s) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "2.0";
    };
  }

  static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "note";
    };
  }

  private static ObjectNode rule(RuleMetadata m) {
    ObjectNode n = JsonOutput.object();
    n.put("id", m.id());
    n.putObject("shortDescription").put("text", m.title());
    n.putObject("fullDescription").put("text", m.description().isBlank() ? m.title() : m.description());
    StringBuilder text = new StringBuilder(m.title());
    StringBuilder md = new StringBuilder("**").append(m.title()).append("**");
    if (!m.description().isBlank()) {
      text.append("\n\n").append(m.description());
      md.append("\n\n").append(m.description());
    }
    if (!m.remediation().isBlank()) {
      text.append("\n\nRemediation: ").append(m.remediation());
      md.append("\n\n**Remediation:** ").append(m.remediation());
    }
    for (String link : m.links()) {
      text.append("\n").append(link);
      md.append("\n- <").append(link).append(">");
    }
    ObjectNode help = n.putObject("help");
    help.put("text", text.toString());
    help.put("markdown", md.toString());
    if (!m.links().isEmpty()) {
      n.put("helpUri", m.links().get(0));
    }
    n.putObject("defaultConfiguration").put("level", level(m.severity()));
    ObjectNode props = n.putObject("properties");
    props.put("security-severity", securitySeverity(m.severity()));
    props.put("precision", "high");
    props.putArray("tags").add("security").add(m.category().id());
    if (!m.equivalents().isEmpty()) {
      ObjectNode eq = props.putObject("equivalents");
      m.equivalents().forEach((scanner, ids) -> {
        ArrayNode a = eq.putArray(scanner);
        ids.forEach(a::add);
      });
    }
    return n;
  }

  private static ObjectNode location(SourceRange range, Path workingDirectory) {
    ObjectNode loc = JsonOutput.object();
    ObjectNode physical = loc.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    String path = ReportPaths.relativeTo(range.file(), workingDirectory);
    if (path.startsWith("/")) {
      artifact.put("uri", Path.of(path).toUri().toString());
    } else {
      artifact.put("uri", uriReference(path));
      artifact.put("uriBaseId", SRCROOT);
    }
    ObjectNode region = physical.putObject("region");
    region.put("startLine", range.startLine());
    region.put("startColumn", range.startColumn());
    region.put("endLine", range.endLine());
    region.put("endColumn", range.endColumn());
    return loc;
  }

  private static ObjectNode suppression(Suppression s, Redactor redactor, Path workingDirectory) {
    ObjectNode n = JsonOutput.object();
    n.put("kind", "baseline".equals(s.kind()) ? "external" : "inSource");
    n.put("status", "accepted");
    String justification = s.reason().isBlank() ? s.kind() : s.kind() + ": " + s.reason();
    n.put("justification", redactor.scrub(justification));
    if (s.range() != null && !s.range().file().isSynthetic()) {
      n.set("location", location(s.range(), workingDirectory));
    }
    return n;
  }

  /** A relative path as a URI reference: spaces and other reserved characters percent-encoded. */
  static String uriReference(String relativePath) {
    // A colon in the first segment would read as a URI scheme.
    String first = relativePath.split("/", 2)[0];
    String path = first.contains(":") ? "./" + relativePath : relativePath;
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + relativePath, e);
    }
  }
}
