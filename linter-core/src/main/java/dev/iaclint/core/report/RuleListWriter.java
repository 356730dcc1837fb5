package dev.iaclint.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.rule.RuleExample;
import dev.iaclint.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** {@code iaclint rules} (a table, or the contract's JSON) and {@code iaclint explain RULE_ID}. */
public final class RuleListWriter {

  /** One row per rule, sorted by id: id, severity, category, formats, title. */
  public void writeTable(List<Rule> rules, Writer out) throws IOException {
    List<RuleMetadata> metas = sorted(rules);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "SEVERITY", "CATEGORY", "FORMATS", "TITLE"});
    for (RuleMetadata m : metas) {
      rows.add(new String[] {m.id(), m.severity().name(), m.category().id(), formats(m.formats()),
          m.title()});
    }
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int i = 0; i < 4; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < 4; i++) {
        sb.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      sb.append(row[4]).append('\n');
    }
    sb.append(metas.size()).append(metas.size() == 1 ? " rule" : " rules").append(".\n");
    out.write(sb.toString());
    out.flush();
  }

  /** {@code {"rules":[{id,title,severity,category,formats,equivalents,…}]}}, per the contract. */
  public void writeJson(List<Rule> rules, Writer out) throws IOException {
    ObjectNode root = JsonOutput.object();
    ArrayNode array = root.putArray("rules");
    for (RuleMetadata m : sorted(rules)) {
      ObjectNode n = array.addObject();
      n.put("id", m.id());
      n.put("title", m.title());
      n.put("severity", m.severity().name());
      n.put("category", m.category().id());
      ArrayNode formats = n.putArray("formats");
      m.formats().forEach(f -> formats.add(f.id()));
      ObjectNode eq = n.putObject("equivalents");
      m.equivalents().forEach((scanner, ids) -> {
        ArrayNode a = eq.putArray(scanner);
        ids.forEach(a::add);
      });
      n.put("description", m.description());
      n.put("remediation", m.remediation());
      ArrayNode links = n.putArray("links");
      m.links().forEach(links::add);
    }
    JsonOutput.write(root, out);
  }

  /** Everything about one rule: description, remediation, equivalents, links, bad and good examples. */
  public void writeExplanation(Rule rule, Writer out) throws IOException {
    RuleMetadata m = rule.metadata();
    StringBuilder sb = new StringBuilder();
    sb.append(m.id()).append("  ").append(m.title()).append('\n');
    sb.append("severity: ").append(m.severity()).append("   category: ").append(m.category().id())
        .append("   formats: ").append(formats(m.formats())).append("\n\n");
    if (!m.description().isBlank()) {
      sb.append(m.description().strip()).append("\n\n");
    }
    if (!m.remediation().isBlank()) {
      sb.append("Remediation:\n  ").append(m.remediation().strip().replace("\n", "\n  ")).append("\n\n");
    }
    if (!m.equivalents().isEmpty()) {
      sb.append("Equivalents in other scanners (their suppressions are honoured):\n");
      m.equivalents().forEach((scanner, ids) ->
          sb.append("  ").append(scanner).append(": ").append(String.join(", ", ids)).append('\n'));
      sb.append('\n');
    }
    if (!m.links().isEmpty()) {
      sb.append("Links:\n");
      m.links().forEach(l -> sb.append("  ").append(l).append('\n'));
      sb.append('\n');
    }
    List<RuleExample> examples = new ArrayList<>(rule.examples());
    examples.sort(Comparator.comparing((RuleExample e) -> e.kind() == RuleExample.Kind.GOOD)
        .thenComparing(e -> e.format().ordinal()));
    for (RuleExample e : examples) {
      sb.append(e.kind() == RuleExample.Kind.BAD ? "Bad" : "Good").append(" example (")
          .append(e.format().id()).append(", ").append(e.name()).append("):\n");
      for (RuleExample.ExampleFile file : e.files()) {
        if (e.files().size() > 1) {
          sb.append("  ").append(file.path()).append(":\n");
        }
        for (String line : file.content().stripTrailing().split("\\R", -1)) {
          sb.append("    ").append(line).append('\n');
        }
      }
      sb.append('\n');
    }
    sb.append("Suppress one finding with a comment on the line above it or above its resource:\n")
        .append("  # iaclint:ignore ").append(m.id()).append(" reason=\"...\" until=YYYY-MM-DD\n");
    out.write(sb.toString());
    out.flush();
  }

  private static List<RuleMetadata> sorted(List<Rule> rules) {
    return rules.stream().map(Rule::metadata).sorted(Comparator.comparing(RuleMetadata::id)).toList();
  }

  private static String formats(List<SourceFormat> formats) {
    return formats.isEmpty() ? "-" : formats.stream().map(SourceFormat::id).collect(Collectors.joining(","));
  }

}
