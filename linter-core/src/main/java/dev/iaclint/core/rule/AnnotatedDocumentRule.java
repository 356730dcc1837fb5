package dev.iaclint.core.rule;

import dev.iaclint.core.load.Document;
import java.util.List;

/**
 * Base class of Java document rules (judged once per loaded file, such as the secrets detectors):
 * the metadata comes from the class's {@link RuleInfo}, the examples from {@code examples/<id>/}
 * beside the class. By default the rule judges the documents of the annotation's {@code formats}.
 *
 * <p>Subclasses need a public no-argument constructor and must be stateless.
 */
public abstract class AnnotatedDocumentRule implements DocumentRule {
  private final RuleMetadata metadata;
  private volatile List<RuleExample> examples;

  protected AnnotatedDocumentRule() {
    this.metadata = JavaRules.metadata(getClass());
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
  public boolean appliesTo(Document document) {
    return document.format() != null && metadata.formats().contains(document.format());
  }
}
