package dev.iaclint.core.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.report.JsonOutput;
import dev.iaclint.core.report.Redactor;
import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Suppression;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings accepted as they are, so that a scan reports only what is new.
 *
 * <p>A baseline stores each finding's fingerprint (rule, resource, attribute path and file, not
 * the line; for a secret, a salted hash) with the rule, resource and file for people to read. It
 * never stores a message or a value. Matching counts: a second finding with the same fingerprint as
 * the one baselined is new.
 */
public final class Baseline {
  public static final String KIND = "baseline";
  static final int FORMAT_VERSION = 1;

  /** One fingerprint, with what it stands for. */
  public record Entry(String fingerprint, String ruleId, String resource, String file, int count) {}

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::file).thenComparing(Entry::ruleId)
        .thenComparing(Entry::resource).thenComparing(Entry::fingerprint));
    this.entries = List.copyOf(sorted);
  }

  /** A baseline of the unsuppressed findings of {@code result}. */
  public static Baseline of(ScanResult result) {
    Redactor redactor = Redactor.of(result);
    Map<String, Entry> byFingerprint = new TreeMap<>();
    for (Finding f : result.findings()) {
      if (f.suppressed()) {
        continue;
      }
      byFingerprint.merge(f.fingerprint(),
          new Entry(f.fingerprint(), f.ruleId(), redactor.scrub(f.resource()),
              f.location().file().displayPath(), 1),
          (a, b) -> new Entry(a.fingerprint(), a.ruleId(), a.resource(), a.file(), a.count() + 1));
    }
    return new Baseline(new ArrayList<>(byFingerprint.values()));
  }

  /** @throws BaselineException when the file is missing or is not a baseline */
  public static Baseline read(Path file) throws BaselineException {
    JsonNode root;
    try {
      root = JsonOutput.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BaselineException("baseline file not found: " + file);
    } catch (IOException e) {
      throw new BaselineException(file + ": not a baseline file (not valid JSON)");
    }
    if (root == null || !root.isObject() || !root.path("findings").isArray()) {
      throw new BaselineException(file + ": not a baseline file (expected an object with 'findings')");
    }
    if (root.path("version").asInt(-1) != FORMAT_VERSION) {
      throw new BaselineException(file + ": unsupported baseline version " + root.path("version")
          + " (expected " + FORMAT_VERSION + ")");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode e : root.get("findings")) {
      String fp = e.path("fingerprint").asText("");
      if (fp.isEmpty()) {
        throw new BaselineException(file + ": an entry has no fingerprint");
      }
      entries.add(new Entry(fp, e.path("ruleId").asText(""), e.path("resource").asText(""),
          e.path("file").asText(""), Math.max(1, e.path("count").asInt(1))));
    }
    return new Baseline(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out);
    }
  }

  public void write(Writer out) throws IOException {
    ObjectNode root = JsonOutput.object();
    root.put("version", FORMAT_VERSION);
    root.put("tool", "iaclint");
    ArrayNode array = root.putArray("findings");
    for (Entry e : entries) {
      ObjectNode n = array.addObject();
      n.put("fingerprint", e.fingerprint());
      n.put("ruleId", e.ruleId());
      n.put("resource", e.resource());
      n.put("file", e.file());
      if (e.count() > 1) {
        n.put("count", e.count());
      }
    }
    JsonOutput.write(root, out);
  }

  /**
   * {@code result} with every finding this baseline accepts marked suppressed (kind
   * {@code baseline}); a notice says how many entries no longer match anything.
   *
   * @param name how reports name the baseline (its file name)
   */
  public ScanResult apply(ScanResult result, String name) {
    Map<String, Integer> remaining = new HashMap<>();
    for (Entry e : entries) {
      remaining.merge(e.fingerprint(), e.count(), Integer::sum);
    }
    List<Finding> findings = new ArrayList<>();
    for (Finding f : result.findings()) {
      Integer left = remaining.get(f.fingerprint());
      if (!f.suppressed() && left != null && left > 0) {
        remaining.put(f.fingerprint(), left - 1);
        findings.add(f.withSuppression(new Suppression(KIND, "accepted in " + name, null)));
      } else {
        findings.add(f);
      }
    }
    // A finding suppressed inline may still be in the baseline; it is not "fixed".
    for (Finding f : result.findings()) {
      if (f.suppressed() && remaining.containsKey(f.fingerprint())) {
        remaining.merge(f.fingerprint(), -1, Integer::sum);
      }
    }
    int stale = remaining.values().stream().mapToInt(i -> Math.max(0, i)).sum();
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    if (stale > 0) {
      diagnostics.add(Diagnostic.notice(SourceRange.startOf(SourceFile.synthetic(name)),
          stale + (stale == 1 ? " baseline entry matches" : " baseline entries match")
              + " no finding any more (fixed?); recreate the baseline with --baseline-create to drop "
              + (stale == 1 ? "it" : "them")));
      diagnostics.sort(Diagnostic.ORDER);
    }
    return new ScanResult(findings, result.indeterminate(), result.passed(), diagnostics,
        result.graph(), result.documents(), result.rules(), result.filesScanned(), result.filesSkipped());
  }
}
