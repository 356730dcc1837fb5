package dev.iaclint.core.load;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SplitResourceLinker;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.source.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test support: runs {@link DataFileLoader} over in-memory files. */
public final class DataFiles {
  public final LoadContext context;
  public final ResourceGraph graph;

  private DataFiles(LoadContext context) {
    this.context = context;
    SplitResourceLinker.link(context.graph());
    this.graph = context.graph().build();
  }

  public static DataFiles load(SourceFile... files) {
    return load(ScanRequest.builder().build(), files);
  }

  public static DataFiles load(ScanRequest request, SourceFile... files) {
    LoadContext context = new LoadContext(request, Arrays.asList(files));
    new DataFileLoader().load(context);
    return new DataFiles(context);
  }

  /** One file named {@code name} holding {@code text}. */
  public static DataFiles of(String name, String text) {
    return load(SourceFile.of(name, text));
  }

  public Node node(String address) {
    return graph.nodes().stream().filter(n -> n.address().equals(address)).findFirst()
        .orElseThrow(() -> new AssertionError("no node " + address + " in " + graph.nodes()));
  }

  public List<Diagnostic> diagnostics() {
    return context.diagnostics();
  }

  public List<Diagnostic> errors() {
    return context.diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  public DataDocument document() {
    return (DataDocument) context.documents().get(0);
  }

  /** The edges of {@code kind} leaving {@code from}, as "attribute -> address". */
  public List<String> edges(Node from, EdgeKind kind) {
    List<String> out = new ArrayList<>();
    for (Edge e : graph.outgoing(from)) {
      if (e.kind() == kind) {
        out.add(e.attribute() + " -> " + e.to().address());
      }
    }
    return out;
  }
}
