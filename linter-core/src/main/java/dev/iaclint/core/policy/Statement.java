package dev.iaclint.core.policy;

import dev.iaclint.core.source.SourceRange;
import java.util.List;

/**
 * One statement of a policy document.
 *
 * @param effect {@code Allow} or {@code Deny} as written, or {@code null} when unknown
 * @param principal {@code Principal}, or {@code null} when absent
 * @param notPrincipal {@code NotPrincipal}, or {@code null} when absent
 * @param conditions every operator/key pair of {@code Condition}
 * @param unknownReason why a part that is not a list of strings is unknown (the whole {@code
 *     Condition}, the effect), or {@code null}
 * @param range the statement as written
 * @param principalRange where its principal is written (where a finding about who it admits goes);
 *     the statement's range when it has none
 */
public record Statement(
    String sid,
    String effect,
    Principal principal,
    Principal notPrincipal,
    Strings actions,
    Strings notActions,
    Strings resources,
    Strings notResources,
    List<ConditionClause> conditions,
    String unknownReason,
    SourceRange range,
    SourceRange principalRange) {

  public Statement {
    conditions = List.copyOf(conditions);
  }

  public boolean isAllow() {
    return "Allow".equalsIgnoreCase(effect);
  }

  public boolean isDeny() {
    return "Deny".equalsIgnoreCase(effect);
  }

  /** How the statement is named in messages: its Sid, or its position. */
  public String describe(int index) {
    return sid != null && !sid.isEmpty() ? "statement '" + sid + "'" : "statement " + (index + 1);
  }
}
