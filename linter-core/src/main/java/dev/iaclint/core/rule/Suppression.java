package dev.iaclint.core.rule;

import dev.iaclint.core.source.SourceRange;

/**
 * Why a finding does not count.
 *
 * @param kind inline comment, CloudFormation metadata, Kubernetes annotation, another scanner's
 *     syntax, or the baseline
 * @param reason the reason the author gave, or "" when none
 * @param range where the suppression is written, or {@code null} (baseline)
 */
public record Suppression(String kind, String reason, SourceRange range) {}
