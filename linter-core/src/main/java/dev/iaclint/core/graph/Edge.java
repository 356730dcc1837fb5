package dev.iaclint.core.graph;

import dev.iaclint.core.source.SourceRange;
import java.util.Objects;

/**
 * A directed relation between two nodes.
 *
 * @param attribute the attribute of {@code from} that holds the relation, as a dotted path
 *     ({@code bucket}, {@code vpc_options.security_group_ids}); empty when it is the whole node
 * @param range where the relation is written (the reference expression), or {@code null}
 */
public record Edge(Node from, Node to, EdgeKind kind, String attribute, SourceRange range) {
  public Edge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    attribute = attribute == null ? "" : attribute;
  }
}
