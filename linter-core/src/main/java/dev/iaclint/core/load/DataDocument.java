package dev.iaclint.core.load;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.value.Value;
import java.util.List;

/**
 * A YAML or JSON file as positioned values, one root per YAML document ({@code ---}).
 *
 * @param format the recognised format, or {@code null} when the file is none of them
 */
public record DataDocument(SourceFile file, SourceFormat format, List<Value> roots) implements Document {
  public DataDocument {
    roots = List.copyOf(roots);
  }
}
