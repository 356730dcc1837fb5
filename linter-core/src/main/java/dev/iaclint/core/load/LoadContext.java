package dev.iaclint.core.load;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.source.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What loaders share during one scan: the files that were read, the graph being built, the
 * documents rules will see, and the diagnostics. A loader claims the files it understands so that
 * the rest can be counted as skipped.
 */
public final class LoadContext {
  private final ScanRequest request;
  private final List<SourceFile> files;
  private final ResourceGraph.Builder graph = ResourceGraph.builder();
  private final List<Document> documents = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<SourceFile> claimed = Collections.newSetFromMap(new IdentityHashMap<>());

  public LoadContext(ScanRequest request, List<SourceFile> files) {
    this.request = request;
    this.files = List.copyOf(files);
  }

  public ScanRequest request() {
    return request;
  }

  /** Every file that was read, in discovery order. */
  public List<SourceFile> files() {
    return files;
  }

  /** The files no loader has claimed yet. */
  public List<SourceFile> unclaimedFiles() {
    List<SourceFile> result = new ArrayList<>();
    for (SourceFile f : files) {
      if (!claimed.contains(f)) {
        result.add(f);
      }
    }
    return result;
  }

  public void claim(SourceFile file) {
    claimed.add(file);
  }

  public boolean isClaimed(SourceFile file) {
    return claimed.contains(file);
  }

  public ResourceGraph.Builder graph() {
    return graph;
  }

  public void addDocument(Document document) {
    documents.add(document);
  }

  public List<Document> documents() {
    return documents;
  }

  public void report(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
