package dev.iaclint.core.config;

import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.Severity;
import java.util.Collection;
import java.util.Locale;

/**
 * One value of {@code --include} / {@code --exclude}: a rule id, a category or a severity.
 * A trailing {@code *} matches rule ids by prefix ({@code IAC-AWS-ES-*}).
 */
public sealed interface Selector {
  record RuleId(String id) implements Selector {}

  record RulePrefix(String prefix) implements Selector {}

  record OfCategory(Category category) implements Selector {}

  record OfSeverity(Severity severity) implements Selector {}

  /** Whether a check of {@code ruleId}, {@code category} and {@code severity} is selected. */
  default boolean matches(String ruleId, Category category, Severity severity) {
    if (this instanceof RuleId r) {
      return r.id().equals(ruleId);
    } else if (this instanceof RulePrefix p) {
      return ruleId.startsWith(p.prefix());
    } else if (this instanceof OfCategory c) {
      return c.category() == category;
    }
    return ((OfSeverity) this).severity() == severity;
  }

  /**
   * Reads {@code text}: a known rule id (any case), a rule-id prefix ending in {@code *}, a category
   * id or a severity.
   *
   * @throws IllegalArgumentException naming the value when it is none of them
   */
  static Selector parse(String text, Collection<String> knownRuleIds) {
    String t = text.trim();
    Severity severity = Severity.parse(t);
    if (severity != null) {
      return new OfSeverity(severity);
    }
    Category category = Category.byId(t.toLowerCase(Locale.ROOT));
    if (category != null) {
      return new OfCategory(category);
    }
    String upper = t.toUpperCase(Locale.ROOT);
    if (upper.endsWith("*") && upper.length() > 1) {
      String prefix = upper.substring(0, upper.length() - 1);
      if (knownRuleIds.stream().anyMatch(id -> id.startsWith(prefix))) {
        return new RulePrefix(prefix);
      }
      throw new IllegalArgumentException("no rule id starts with '" + prefix + "'");
    }
    for (String id : knownRuleIds) {
      if (id.equalsIgnoreCase(t)) {
        return new RuleId(id);
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a rule id, category or severity"
        + " (see 'iaclint rules'; categories: " + categories() + "; severities: CRITICAL, HIGH, MEDIUM, LOW)");
  }

  private static String categories() {
    StringBuilder sb = new StringBuilder();
    for (Category c : Category.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c.id());
    }
    return sb.toString();
  }
}
