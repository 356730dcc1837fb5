package dev.iaclint.core.rule;

import dev.iaclint.core.source.SourceRange;

/** A check that ran and passed: reported so that "N checks, M failed" means something. */
public record PassedCheck(String ruleId, String resource, SourceRange location) {}
