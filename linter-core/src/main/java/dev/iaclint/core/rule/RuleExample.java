package dev.iaclint.core.rule;

import dev.iaclint.core.graph.SourceFormat;

/**
 * A good or bad example of a rule in one input format. Examples are the rule's documentation and
 * they run as tests: a good example yields no finding from the rule; a bad example yields findings
 * exactly on the lines marked {@code expect: RULE-ID} (in a comment on that line).
 *
 * @param fileName the file name the example is loaded as (it decides how the content is read:
 *     {@code main.tf}, {@code template.yaml}, {@code elasticsearch.yml} …)
 */
public record RuleExample(SourceFormat format, Kind kind, String fileName, String content) {
  public enum Kind {
    GOOD, BAD
  }
}
