package dev.iaclint.core.rule.declarative;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.Ranges;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.Value;

/**
 * Where a condition is evaluated: the resource being judged (or a linked one), and the value paths
 * start from (the resource's configuration, or one element under a quantifier).
 *
 * @param path how {@code value} is named in findings ("" for a resource body)
 * @param location where a finding about {@code value} itself goes
 * @param header where a finding about something missing from {@code value} goes
 */
record Scope(Node node, RuleContext context, Value value, String path, SourceRange location,
    SourceRange header) {

  static Scope of(Node node, RuleContext context) {
    return new Scope(node, context, node.config(), "", node.headerRange(), node.headerRange());
  }

  Scope element(Value element, String elementPath, SourceRange elementLocation) {
    return new Scope(node, context, element, elementPath, elementLocation, Ranges.firstLine(elementLocation));
  }

  Scope linked(Node other) {
    return new Scope(other, context, other.config(), other.address(), other.headerRange(), other.headerRange());
  }
}
