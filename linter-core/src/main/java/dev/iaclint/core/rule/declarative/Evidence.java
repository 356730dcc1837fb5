package dev.iaclint.core.rule.declarative;

import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.source.SourceRange;
import java.util.List;

/**
 * Why a condition came out as it did, and where: what a finding shows when the condition is the
 * one that failed.
 *
 * @param path the attribute it is about ({@code encrypt_at_rest.enabled})
 * @param description what was found, safe to print ({@code encrypt_at_rest.enabled = false}); never
 *     a configuration string the rule does not itself name, since that could be a secret
 * @param originNote where the deciding value was set, or ""
 * @param specificity how precisely {@code location} points at the problem: {@link #ATTRIBUTE} for a
 *     written attribute, {@link #ELEMENT} for a block or list entry, {@link #MISSING} for the header
 *     of a block that lacks something
 */
record Evidence(SourceRange location, String path, String description, List<RelatedLocation> related,
    String originNote, int specificity) {
  static final int MISSING = 1;
  static final int ELEMENT = 2;
  static final int ATTRIBUTE = 3;

  Evidence {
    related = List.copyOf(related);
  }
}
