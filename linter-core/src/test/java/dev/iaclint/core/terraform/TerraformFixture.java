package dev.iaclint.core.terraform;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.load.LoadContext;
import dev.iaclint.core.scan.FileDiscovery;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Terraform files written into a directory and loaded as a scan loads them, into a graph and diagnostics. */
final class TerraformFixture {
  private final Path dir;
  ResourceGraph graph;
  List<Diagnostic> diagnostics;

  TerraformFixture(Path dir) {
    this.dir = dir;
  }

  void write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  void load(ScanRequest request) throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (FileDiscovery.Found f : new FileDiscovery(request.excludePaths()).discover(request.paths(), new ArrayList<>())) {
      files.add(SourceFile.read(f.file(), f.root()));
    }
    LoadContext context = new LoadContext(request, files);
    new TerraformLoader().load(context);
    graph = context.graph().build();
    diagnostics = context.diagnostics();
  }

  /** The nodes at {@code address}: more than one when several root modules hold it. */
  List<Node> nodes(String address) {
    return graph.nodes().stream().filter(n -> n.address().equals(address)).toList();
  }

  /** The first node at {@code address}. */
  Node node(String address) {
    return graph.nodes().stream().filter(n -> n.address().equals(address)).findFirst()
        .orElseThrow(() -> new AssertionError("no node " + address + " in " + graph.nodes()));
  }
}
