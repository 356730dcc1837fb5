package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;
import java.util.List;
import java.util.Optional;

/** {@code {k = v, ...}}; items keep source order, duplicates included. */
public record ObjectExpr(List<ObjectItem> items, SourceRange range) implements Expression {

  public ObjectExpr {
    items = List.copyOf(items);
  }

  /** The first item whose key is the literal {@code name} (bare identifier or plain string). */
  public Optional<ObjectItem> item(String name) {
    for (ObjectItem i : items) {
      if (name.equals(i.literalKey().orElse(null))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
