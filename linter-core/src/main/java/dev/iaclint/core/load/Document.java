package dev.iaclint.core.load;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.source.SourceFile;

/**
 * One loaded input file, before evaluation: what document rules (such as the secrets detectors)
 * read, since secrets hide in places no resource owns (variable defaults, tfvars, ConfigMaps).
 */
public interface Document {
  SourceFile file();

  /** The format the file was recognised as; {@code null} for YAML/JSON that is none of them. */
  SourceFormat format();
}
