package dev.iaclint.core.rule;

import dev.iaclint.core.source.SourceRange;

/** A place that explains a finding: where a deciding variable was set, a module call on the way. */
public record RelatedLocation(SourceRange range, String message) {}
