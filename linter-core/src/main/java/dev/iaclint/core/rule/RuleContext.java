package dev.iaclint.core.rule;

import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.load.Document;
import java.util.List;

/** What a rule may look at besides the node or document it judges. */
public record RuleContext(ResourceGraph graph, List<Document> documents) {
  public RuleContext {
    documents = List.copyOf(documents);
  }
}
