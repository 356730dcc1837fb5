package dev.iaclint.core.yaml;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.source.SourceRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-file suppressions of data formats, carried as node properties so that whoever applies
 * suppressions needs no knowledge of the format: CloudFormation {@code Metadata: {iaclint:
 * {ignore: [...]}}} on a resource, and the Kubernetes annotation {@code iaclint.dev/ignore}.
 *
 * <ul>
 *   <li>{@value #IGNORE}: the rule ids, comma-separated, in written order;
 *   <li>{@value #REASON_PREFIX}{@code <id>}: the reason given for that id, when one is;
 *   <li>{@value #AT}: {@code line:column} in the node's file where the directive is written.
 * </ul>
 */
public final class IgnoreDirectives {
  public static final String IGNORE = "ignore";
  public static final String REASON_PREFIX = "ignore.reason.";
  public static final String AT = "ignore.at";

  /** One ignored rule. */
  public record Directive(String ruleId, String reason) {}

  private IgnoreDirectives() {}

  /** The rule ids a node's directives ignore, with their reasons ("" when none). */
  public static List<Directive> of(Node node) {
    String ids = node.property(IGNORE);
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    List<Directive> out = new ArrayList<>();
    for (String id : ids.split(",")) {
      String reason = node.property(REASON_PREFIX + id);
      out.add(new Directive(id, reason == null ? "" : reason));
    }
    return out;
  }

  /** Writes {@code directives} into {@code properties}; nothing when there are none. */
  public static void put(List<Directive> directives, SourceRange at, Map<String, String> properties) {
    Map<String, Directive> unique = new LinkedHashMap<>();
    for (Directive d : directives) {
      if (!d.ruleId().isBlank()) {
        unique.putIfAbsent(d.ruleId().trim(), d);
      }
    }
    if (unique.isEmpty()) {
      return;
    }
    properties.put(IGNORE, String.join(",", unique.keySet()));
    for (Directive d : unique.values()) {
      if (!d.reason().isBlank()) {
        properties.put(REASON_PREFIX + d.ruleId().trim(), d.reason().trim());
      }
    }
    properties.put(AT, at.startLine() + ":" + at.startColumn());
  }

  /** Parses {@code "ID1, ID2: reason"}-style text: ids separated by commas or spaces, an optional {@code : reason} each. */
  public static List<Directive> parse(String text) {
    List<Directive> out = new ArrayList<>();
    for (String part : text.split("[,;\\n]")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      int colon = p.indexOf(':');
      String ids = colon >= 0 ? p.substring(0, colon) : p;
      String reason = colon >= 0 ? p.substring(colon + 1).trim() : "";
      Arrays.stream(ids.trim().split("\\s+")).filter(s -> !s.isEmpty())
          .forEach(id -> out.add(new Directive(id, reason)));
    }
    return out;
  }
}
