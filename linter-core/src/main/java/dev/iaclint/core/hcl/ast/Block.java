package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code type "label" ... { body }}. {@code range} runs from the type to the closing brace.
 * Blocks from Terraform JSON have the ranges of the JSON properties and objects they came from.
 */
public record Block(String type, SourceRange typeRange, List<BlockLabel> labels, Body body,
    SourceRange openBraceRange, SourceRange closeBraceRange, SourceRange range)
    implements BodyItem {

  public Block {
    labels = List.copyOf(labels);
  }

  /** The label values, e.g. {@code ["aws_s3_bucket", "logs"]}. */
  public List<String> labelValues() {
    List<String> out = new ArrayList<>(labels.size());
    for (BlockLabel l : labels) {
      out.add(l.value());
    }
    return out;
  }

  /** The label at {@code index}, or null when there are fewer labels. */
  public String label(int index) {
    return index < labels.size() ? labels.get(index).value() : null;
  }

  /** The type and labels: where a finding about the whole block points. */
  public SourceRange headerRange() {
    return labels.isEmpty() ? typeRange : SourceRange.span(typeRange, labels.get(labels.size() - 1).range());
  }
}
