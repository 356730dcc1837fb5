package dev.iaclint.rules.secrets;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The graph nodes of one file, to name the resource (or variable, output …) a secret sits in. */
final class EnclosingResources {
  private final List<Node> nodes = new ArrayList<>();

  EnclosingResources(ResourceGraph graph, SourceFile file) {
    for (Node n : graph.nodes()) {
      if (n.file() == file) {
        nodes.add(n);
      }
    }
    // Innermost first: the smallest node that contains a range is the one it belongs to.
    nodes.sort(Comparator.comparingInt((Node n) -> n.range().endOffset() - n.range().startOffset())
        .thenComparingInt(n -> n.range().startOffset()));
  }

  /** The innermost node containing {@code range}, or {@code null}. */
  Node nodeOf(SourceRange range) {
    for (Node n : nodes) {
      if (n.range().contains(range)) {
        return n;
      }
    }
    return null;
  }
}
