package dev.iaclint.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceGraphBuilderTest {
  private final SourceFile main = SourceFile.of("main.tf", "x\n".repeat(200));
  private final SourceFile alpha = SourceFile.of("a/alpha.tf", "x\n".repeat(200));

  private SourceRange at(SourceFile file, int line) {
    return new SourceRange(file, line, 1, line, 2, 2 * (line - 1), 2 * (line - 1) + 1);
  }

  private Node node(String address, SourceRange range) {
    return new Node("tf:root:" + address, NodeKind.RESOURCE, SourceFormat.TERRAFORM, "aws_s3_bucket", address,
        range, new MapValue(Map.of(), MapValue.Kind.BLOCK, range), Map.of());
  }

  @Test
  void equalEdgesAreKeptOnceInTheOrderFirstAdded() {
    Node a = node("aws_s3_bucket.a", at(main, 1));
    Node b = node("aws_s3_bucket.b", at(main, 2));
    Node c = node("aws_s3_bucket.c", at(main, 3));
    Edge ab = new Edge(a, b, EdgeKind.REFERENCE, "x", at(main, 1));
    Edge ac = new Edge(a, c, EdgeKind.REFERENCE, "x", at(main, 1));
    Edge ba = new Edge(b, a, EdgeKind.DEPENDS_ON, "", at(main, 2));
    ResourceGraph g = ResourceGraph.builder().add(a).add(b).add(c)
        .addEdge(ab).addEdge(ac).addEdge(new Edge(a, b, EdgeKind.REFERENCE, "x", at(main, 1)))
        .addEdge(ba).addEdge(ab)
        .build();
    assertThat(g.edges()).containsExactly(ab, ac, ba);
    assertThat(g.outgoing(a)).containsExactly(ab, ac);
    assertThat(g.incoming(a)).containsExactly(ba);
  }

  @Test
  void aNodeWithManyEdgesStillHasEachEdgeOnce() {
    Node hub = node("aws_s3_bucket.hub", at(main, 1));
    ResourceGraph.Builder builder = ResourceGraph.builder().add(hub);
    List<Edge> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Node target = node("aws_s3_bucket.t" + i, at(main, 10 + i));
      builder.add(target);
      Edge e = new Edge(hub, target, EdgeKind.REFERENCE, "x", at(main, 1));
      expected.add(e);
      builder.addEdge(e);
    }
    // Every edge again, as equal copies: none of them is added twice, below or above the scan limit.
    for (Edge e : expected) {
      builder.addEdge(new Edge(e.from(), e.to(), e.kind(), e.attribute(), e.range()));
    }
    ResourceGraph g = builder.build();
    assertThat(g.edges()).containsExactlyElementsOf(expected);
    assertThat(g.outgoing(hub)).containsExactlyElementsOf(expected);
  }

  @Test
  void nodesAreOrderedByFilePathThenPositionThenAddressWhateverTheOrderAdded() {
    Node late = node("aws_s3_bucket.late", at(main, 9));
    Node first = node("aws_s3_bucket.first", at(main, 1));
    Node instance1 = node("aws_s3_bucket.n[1]", at(main, 5));
    Node instance0 = node("aws_s3_bucket.n[0]", at(main, 5));
    Node otherFile = node("aws_s3_bucket.other", at(alpha, 7));
    ResourceGraph g = ResourceGraph.builder().add(late).add(instance1).add(first).add(otherFile).add(instance0)
        .build();
    assertThat(g.nodes()).containsExactly(otherFile, first, instance0, instance1, late);
  }

  @Test
  void aBuiltGraphCannotBeChangedThroughItsBuilder() {
    Node a = node("aws_s3_bucket.a", at(main, 1));
    Node b = node("aws_s3_bucket.b", at(main, 2));
    ResourceGraph.Builder builder = ResourceGraph.builder().add(a).add(b);
    ResourceGraph g = builder.build();
    assertThatThrownBy(() -> builder.addEdge(new Edge(a, b, EdgeKind.REFERENCE, "x", at(main, 1))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> builder.add(node("aws_s3_bucket.c", at(main, 3))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(builder.build()).isSameAs(g);
    assertThat(g.nodes()).containsExactly(a, b);
    assertThat(g.edges()).isEmpty();
    assertThat(g.byId("tf:root:aws_s3_bucket.b")).isSameAs(b);
  }
}
