package dev.iaclint.core.rule;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.NodeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import java.util.Map;

/** Minimal nodes for tests that only look at kind, format and type. */
final class TestNodes {
  private TestNodes() {}

  static Node resource(SourceFormat format, String type) {
    SourceFile file = SourceFile.of("main.tf", "x\n");
    SourceRange range = SourceRange.startOf(file);
    return new Node(type + ".n", NodeKind.RESOURCE, format, type, type + ".n", range,
        new MapValue(Map.of(), MapValue.Kind.BLOCK, range), Map.of());
  }
}
