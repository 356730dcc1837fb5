package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of the rules on self-managed Elasticsearch/OpenSearch nodes. A rule judges each {@link
 * SearchNode} a graph node takes part in; each verdict is reported by the graph node whose file
 * holds its place: a setting in a mounted elasticsearch.yml by that file (named by the setting key),
 * a setting from a container's environment or a missing one by the service. So a settings file
 * mounted into two services is reported once, and not again by the services.
 */
public abstract class SearchNodeRule extends AnnotatedResourceRule {

  /** A rule's judgement of one search node: a failure, or a check it could not decide. */
  protected record Verdict(Node owner, Failure failure, String undecided, SourceRange undecidedAt) {}

  @Override
  public boolean appliesTo(Node node) {
    return metadata().formats().contains(node.format()) && SearchNodes.isCandidate(node) && applies(node);
  }

  /** Narrows {@link #appliesTo} for rules that judge only some deployments. */
  protected boolean applies(Node node) {
    return true;
  }

  /** What is wrong with {@code node}; empty when nothing is. */
  protected abstract List<Verdict> judge(SearchNode node, RuleContext context);

  @Override
  public CheckResult check(Node node, RuleContext context) {
    Map<String, Failure> failures = new LinkedHashMap<>();
    Verdict undecided = null;
    for (SearchNode searchNode : SearchNodes.of(node, context.graph())) {
      for (Verdict v : judge(searchNode, context)) {
        if (v.owner() != node) {
          continue;
        }
        if (v.failure() == null) {
          undecided = undecided == null ? v : undecided;
          continue;
        }
        Failure f = v.failure();
        String key = f.location() + "\u0000" + f.attributePath();
        Failure seen = failures.get(key);
        if (seen == null || severity(f).compareTo(severity(seen)) < 0) {
          failures.put(key, f);
        }
      }
    }
    if (!failures.isEmpty()) {
      return CheckResult.fail(new ArrayList<>(failures.values()));
    }
    return undecided != null ? CheckResult.indeterminate(undecided.undecided(), undecided.undecidedAt())
        : CheckResult.pass();
  }

  private Severity severity(Failure f) {
    return f.severity() != null ? f.severity() : metadata().severity();
  }

  /** A failure on a setting as written; a settings file's finding is named by the setting key. */
  protected static Verdict fail(Setting setting, String message, Severity severity) {
    Layer layer = setting.layer();
    Failure f = Failure.at(setting.location(), message, setting.attributePath()).withSeverity(severity);
    return new Verdict(layer.owner(), layer.isSettingsFile() ? f.withResource(setting.key(), layer.owner().type()) : f, null, null);
  }

  /**
   * A failure about a setting that is not written (or a default), at {@code where} in the node's own
   * file; named by {@code key} when the node is a settings file.
   */
  protected static Verdict failAt(SearchNode node, SourceRange where, String key, String message, Severity severity) {
    Failure f = Failure.at(where, message, node.absentPath(key)).withSeverity(severity);
    return new Verdict(node.source(), SearchNodes.isSettingsFile(node.source()) ? f.withResource(key, node.source().type()) : f, null, null);
  }

  /** A failure decided by the node's security state: on its setting, or where its default is decided. */
  protected static Verdict failOn(SearchNode node, Security security, String key, String message, Severity severity) {
    return security.setting() != null ? fail(security.setting(), message, severity)
        : failAt(node, security.at(), key, message, severity);
  }

  /** A check that needs an unknown value. */
  protected static Verdict undecided(Setting setting, String reason) {
    return new Verdict(setting.layer().owner(), null, reason, setting.location());
  }

  protected static Verdict undecided(SearchNode node, SourceRange at, String reason) {
    return new Verdict(node.source(), null, reason, at);
  }
}
