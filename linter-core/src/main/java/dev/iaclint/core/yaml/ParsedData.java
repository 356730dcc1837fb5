package dev.iaclint.core.yaml;

import dev.iaclint.core.diag.Diagnostic;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.value.Value;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One YAML or JSON file read into positioned {@link Value} trees.
 *
 * <p>YAML local tags ({@code !Ref}, {@code !Sub} …) are not part of the value model; they are kept
 * beside the tree, by value identity, for the formats that give them meaning (CloudFormation).
 *
 * @param roots one value per document that could be read, in order; a YAML stream that breaks in
 *     its third document still yields the first two
 * @param diagnostics syntax errors, duplicate keys and exceeded limits, with positions
 * @param containsTemplateCode the text holds {@code {{ … }}} template placeholders
 */
public record ParsedData(SourceFile file, Syntax syntax, List<Value> roots,
    Map<Value, String> localTags, List<Diagnostic> diagnostics, boolean containsTemplateCode) {

  /** Which grammar the file was read with. */
  public enum Syntax { YAML, JSON }

  public ParsedData {
    roots = List.copyOf(roots);
    localTags = Collections.unmodifiableMap(new IdentityHashMap<>(localTags));
    diagnostics = List.copyOf(diagnostics);
  }

  /** The local tag written on {@code value} ({@code "!GetAtt"}), or {@code null}. */
  public String tagOf(Value value) {
    return localTags.get(value);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
