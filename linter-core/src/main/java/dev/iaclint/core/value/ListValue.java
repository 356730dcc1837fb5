package dev.iaclint.core.value;

import dev.iaclint.core.source.SourceRange;
import java.util.List;
import java.util.Objects;

/**
 * An ordered collection. {@link Kind#BLOCKS} holds the nested blocks of one type
 * ({@code ingress { … } ingress { … }}), each a {@link MapValue} of kind {@link MapValue.Kind#BLOCK}.
 */
public record ListValue(List<Value> elements, Kind kind, SourceRange range, Origin origin) implements Value {

  public enum Kind {
    TUPLE("tuple"), LIST("list"), SET("set"), BLOCKS("block list");

    private final String typeName;

    Kind(String typeName) {
      this.typeName = typeName;
    }
  }

  public ListValue {
    elements = List.copyOf(elements);
    Objects.requireNonNull(kind, "kind");
  }

  public ListValue(List<Value> elements, Kind kind, SourceRange range) {
    this(elements, kind, range, Origin.NONE);
  }

  public static ListValue tuple(List<Value> elements, SourceRange range) {
    return new ListValue(elements, Kind.TUPLE, range, Origin.NONE);
  }

  public int size() {
    return elements.size();
  }

  public boolean isEmpty() {
    return elements.isEmpty();
  }

  public Value get(int index) {
    return elements.get(index);
  }

  @Override
  public Value withRange(SourceRange range) {
    return new ListValue(elements, kind, range, origin);
  }

  @Override
  public Value withOrigin(Origin origin) {
    return new ListValue(elements, kind, range, origin);
  }

  @Override
  public String typeName() {
    return kind.typeName;
  }

  @Override
  public boolean isWhollyKnown() {
    return firstUnknown() == null;
  }

  @Override
  public UnknownValue firstUnknown() {
    for (Value e : elements) {
      UnknownValue u = e.firstUnknown();
      if (u != null) {
        return u;
      }
    }
    return null;
  }

  @Override
  public boolean sameAs(Value other) {
    if (!(other instanceof ListValue l) || l.elements.size() != elements.size()) {
      return false;
    }
    for (int i = 0; i < elements.size(); i++) {
      if (!elements.get(i).sameAs(l.elements.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String render() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      if (i == 5) {
        sb.append("… ").append(elements.size() - 5).append(" more");
        break;
      }
      sb.append(elements.get(i).render());
    }
    return sb.append(']').toString();
  }
}
