package dev.iaclint.core.suppress;

import dev.iaclint.core.rule.RuleMetadata;
import dev.iaclint.core.source.SourceRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One suppression as written: in a comment, in CloudFormation {@code Metadata}, or in a Kubernetes
 * annotation.
 *
 * @param kind how it was written: {@code inline} (iaclint's own comment), {@code checkov},
 *     {@code tfsec}, {@code trivy}, {@code kics}, {@code cloudformation-metadata},
 *     {@code kubernetes-annotation}
 * @param ids the ids it names, in the syntax of {@code kind}'s scanner; empty for KICS's
 *     {@code ignore-line} / {@code ignore-block} / {@code ignore}, which cover every rule
 * @param scope which findings it can cover, given where it is written
 * @param until the last day it applies, or {@code null}
 * @param problem why it is unusable (an invalid date), or {@code null}
 */
public record Directive(String kind, List<String> ids, String reason, LocalDate until, Scope scope,
    SourceRange range, String problem) {

  /** Where a directive applies relative to where it is written. */
  public enum Scope {
    /** The line it is on or the line below it, or the whole block or resource whose header that is. */
    ATTACHED,
    /** KICS {@code ignore-line}: the next line only. */
    NEXT_LINE,
    /** KICS {@code ignore-block}: the block that starts on the next line. */
    NEXT_BLOCK,
    /** The whole file (KICS {@code ignore} and {@code disable=}). */
    FILE,
    /** The resource it is part of (CloudFormation metadata, Kubernetes annotations). */
    RESOURCE
  }

  public Directive {
    ids = List.copyOf(ids);
    reason = reason == null ? "" : reason;
  }

  /** Whether it names {@code rule} (through the rule's equivalents for other scanners' syntaxes). */
  public boolean names(RuleMetadata rule) {
    if (ids.isEmpty()) {
      return true;
    }
    for (String id : ids) {
      if (matches(rule, id)) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(RuleMetadata rule, String id) {
    return switch (kind) {
      case "checkov" -> contains(rule.equivalents().get("checkov"), id);
      case "tfsec" -> id.equals("*") || containsTfsecId(rule.equivalents().get("tfsec"), id)
          || contains(rule.equivalents().get("trivy"), id);
      case "trivy" -> contains(rule.equivalents().get("trivy"), id)
          || containsTfsecId(rule.equivalents().get("tfsec"), id);
      case "kics" -> contains(rule.equivalents().get("kics"), id);
      default -> rule.id().equalsIgnoreCase(id);
    };
  }

  private static boolean contains(List<String> ids, String id) {
    if (ids == null) {
      return false;
    }
    String wanted = id.toLowerCase(Locale.ROOT);
    return ids.stream().anyMatch(i -> i.toLowerCase(Locale.ROOT).equals(wanted));
  }

  /**
   * tfsec's long ids, compared without their hyphens: tfsec spells the service
   * {@code elastic-search} ({@code aws-elastic-search-enable-domain-encryption}) where people often
   * write {@code aws-elasticsearch-enable-domain-encryption}; both mean the one check.
   */
  private static boolean containsTfsecId(List<String> ids, String id) {
    if (ids == null) {
      return false;
    }
    String wanted = id.replace("-", "").toLowerCase(Locale.ROOT);
    return ids.stream().anyMatch(i -> i.replace("-", "").toLowerCase(Locale.ROOT).equals(wanted));
  }

  /** Whether it has stopped applying on {@code today} (it still applies on its {@code until} day). */
  public boolean expiredOn(LocalDate today) {
    return until != null && today.isAfter(until);
  }
}
