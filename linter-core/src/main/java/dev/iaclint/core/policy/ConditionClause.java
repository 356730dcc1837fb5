package dev.iaclint.core.policy;

import dev.iaclint.core.source.SourceRange;
import java.util.Locale;

/**
 * One operator and key of a statement's {@code Condition}: {@code "IpAddress": {"aws:SourceIp":
 * ["203.0.113.0/24"]}}. A statement applies only when all its clauses hold; a clause holds when
 * the key matches any of its values.
 *
 * @param operator as written, with any {@code ForAnyValue:} / {@code ForAllValues:} prefix and
 *     {@code IfExists} suffix ({@code StringEqualsIfExists})
 * @param key the condition key as written ({@code aws:SourceIp}); keys are case-insensitive
 */
public record ConditionClause(String operator, String key, Strings values, SourceRange range) {

  /** The operator without set prefix or {@code IfExists}: {@code StringLike}. */
  public String baseOperator() {
    String op = operator;
    int colon = op.indexOf(':');
    if (colon >= 0) {
      op = op.substring(colon + 1);
    }
    return op.endsWith("IfExists") ? op.substring(0, op.length() - "IfExists".length()) : op;
  }

  /** {@code ForAnyValue} or {@code ForAllValues}, or "" when the operator has no set prefix. */
  public String setQualifier() {
    int colon = operator.indexOf(':');
    return colon >= 0 ? operator.substring(0, colon) : "";
  }

  /** Whether the clause also holds when the key is missing from the request. */
  public boolean ifExists() {
    return operator.endsWith("IfExists");
  }

  /** The key in lower case, for comparison. */
  public String normalizedKey() {
    return key.toLowerCase(Locale.ROOT);
  }
}
