package dev.iaclint.core.rule.declarative;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.ResourceRule;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleExample;
import dev.iaclint.core.rule.RuleMetadata;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule written in YAML (see {@link RuleFiles} for the format). For each resource of a matched
 * type, the {@code where} condition decides whether the rule applies, and each check's {@code
 * assert} must hold: FALSE is a finding at the evidence's place, UNKNOWN makes the check
 * indeterminate.
 */
public final class DeclarativeRule implements ResourceRule {

  /** One {@code assert}, with the message and severity of its findings. */
  record Check(Condition assertion, String message, Severity severity) {}

  /** The part of a rule for one format. */
  record Match(SourceFormat format, Set<String> types, Condition where, List<Check> checks) {
    Match {
      types = Set.copyOf(types);
      checks = List.copyOf(checks);
    }
  }

  private final RuleMetadata metadata;
  private final List<Match> matches;
  private final List<RuleExample> examples;
  private final SourceRange definedAt;

  DeclarativeRule(RuleMetadata metadata, List<Match> matches, List<RuleExample> examples,
      SourceRange definedAt) {
    this.metadata = metadata;
    this.matches = List.copyOf(matches);
    this.examples = List.copyOf(examples);
    this.definedAt = definedAt;
  }

  @Override
  public RuleMetadata metadata() {
    return metadata;
  }

  @Override
  public List<RuleExample> examples() {
    return examples;
  }

  /** Where the rule is written: the start of its YAML document. */
  public SourceRange definedAt() {
    return definedAt;
  }

  /** This rule with more examples (those found in an {@code examples/<id>/} directory). */
  public DeclarativeRule withExamples(List<RuleExample> more) {
    List<RuleExample> all = new ArrayList<>(examples);
    all.addAll(more);
    return new DeclarativeRule(metadata, matches, all, definedAt);
  }

  @Override
  public boolean appliesTo(Node node) {
    return node.kind() == NodeKind.RESOURCE && match(node) != null;
  }

  private Match match(Node node) {
    for (Match m : matches) {
      if (m.format() == node.format() && m.types().contains(node.type())) {
        return m;
      }
    }
    return null;
  }

  @Override
  public CheckResult check(Node node, RuleContext context) {
    Match match = match(node);
    if (match == null) {
      return CheckResult.pass();
    }
    Scope root = Scope.of(node, context);
    if (match.where() != null) {
      Outcome applies = match.where().evaluate(root);
      if (applies.isFalse()) {
        return CheckResult.pass();
      }
      if (applies.isUnknown()) {
        return CheckResult.indeterminate(applies.reason(), applies.unknownAt());
      }
    }
    List<Failure> failures = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Outcome unknown = null;
    for (Check check : match.checks()) {
      Outcome o = check.assertion().evaluate(root);
      if (o.isFalse()) {
        String message = check.message() != null ? check.message() : metadata.title();
        if (o.evidence().isEmpty()) {
          failures.add(Failure.at(node.headerRange(), message, "").withSeverity(check.severity()));
        }
        for (Evidence e : o.evidence()) {
          if (seen.add(e.location() + "\u0000" + e.path())) {
            failures.add(Failure.at(e.location(), message + ": " + e.description() + e.originNote(), e.path())
                .withSeverity(check.severity())
                .withRelated(e.related()));
          }
        }
      } else if (o.isUnknown() && unknown == null) {
        unknown = o;
      }
    }
    if (!failures.isEmpty()) {
      return CheckResult.fail(failures);
    }
    return unknown != null ? CheckResult.indeterminate(unknown.reason(), unknown.unknownAt()) : CheckResult.pass();
  }

  @Override
  public String definedIn() {
    return definedAt.toShortString();
  }

  @Override
  public String toString() {
    return metadata.id() + " (" + definedAt.toShortString() + ")";
  }
}
