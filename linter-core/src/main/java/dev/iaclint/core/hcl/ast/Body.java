package dev.iaclint.core.hcl.ast;

import dev.iaclint.core.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attributes and blocks of a file or block, in source order. The range of a block body runs
 * between its braces (exclusive); a file body covers the whole file.
 */
public record Body(List<BodyItem> items, SourceRange range) implements Node {

  public Body {
    items = List.copyOf(items);
  }

  public List<Attribute> attributes() {
    List<Attribute> out = new ArrayList<>();
    for (BodyItem i : items) {
      if (i instanceof Attribute a) {
        out.add(a);
      }
    }
    return out;
  }

  public List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    for (BodyItem i : items) {
      if (i instanceof Block b) {
        out.add(b);
      }
    }
    return out;
  }

  /** The first attribute called {@code name} (HCL allows only one per body). */
  public Optional<Attribute> attribute(String name) {
    for (BodyItem i : items) {
      if (i instanceof Attribute a && a.name().equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The blocks of type {@code type}, in order. */
  public List<Block> blocks(String type) {
    List<Block> out = new ArrayList<>();
    for (BodyItem i : items) {
      if (i instanceof Block b && b.type().equals(type)) {
        out.add(b);
      }
    }
    return out;
  }
}
