package dev.iaclint.core.rule;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import java.util.List;
import java.util.Set;

/**
 * Base class of Java resource rules: the metadata comes from the class's {@link RuleInfo}, the
 * examples from {@code examples/<id>/} beside the class, and by default the rule judges the
 * resources of the annotation's {@code formats} and {@code types}. A subclass writes {@link
 * #check}, and overrides {@link #appliesTo} only when type and format do not say enough.
 *
 * <p>Subclasses need a public no-argument constructor and must be stateless: one instance judges
 * every node of every scan.
 */
public abstract class AnnotatedResourceRule implements ResourceRule {
  private final RuleMetadata metadata;
  private final Set<String> types;
  private volatile List<RuleExample> examples;

  protected AnnotatedResourceRule() {
    this.metadata = JavaRules.metadata(getClass());
    this.types = Set.copyOf(JavaRules.types(getClass()));
  }

  @Override
  public final RuleMetadata metadata() {
    return metadata;
  }

  @Override
  public List<RuleExample> examples() {
    List<RuleExample> e = examples;
    if (e == null) {
      e = RuleExamples.load(ResourceTree.of(getClass()), metadata.id());
      examples = e;
    }
    return e;
  }

  @Override
  public boolean appliesTo(Node node) {
    return node.kind() == NodeKind.RESOURCE && metadata.formats().contains(node.format())
        && types.contains(node.type());
  }
}
