package dev.iaclint.core.value;

import dev.iaclint.core.source.SourceRange;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A keyed collection: a Terraform object or map, a YAML/JSON mapping, or one configuration block
 * ({@link Kind#BLOCK}: a resource body or a nested block such as {@code encrypt_at_rest { … }}).
 *
 * <p>Besides each member's value, a map remembers the range of each member as written here
 * ({@link #memberRange(String)}): for {@code enabled = var.encrypt} that is this line, while the
 * value's own range is wherever {@code var.encrypt} was set. Findings point at the member range.
 */
public record MapValue(
    Map<String, Value> entries,
    Map<String, SourceRange> memberRanges,
    Kind kind,
    SourceRange range,
    Origin origin) implements Value {

  public enum Kind {
    OBJECT("object"), MAP("map"), BLOCK("block");

    private final String typeName;

    Kind(String typeName) {
      this.typeName = typeName;
    }
  }

  public MapValue {
    // Insertion order is kept: reports and graph output follow the source order.
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    memberRanges = Collections.unmodifiableMap(new LinkedHashMap<>(memberRanges));
    Objects.requireNonNull(kind, "kind");
  }

  public MapValue(Map<String, Value> entries, Kind kind, SourceRange range) {
    this(entries, Map.of(), kind, range, Origin.NONE);
  }

  public static MapValue object(Map<String, Value> entries, SourceRange range) {
    return new MapValue(entries, Map.of(), Kind.OBJECT, range, Origin.NONE);
  }

  public Value get(String key) {
    return entries.get(key);
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public Set<String> keys() {
    return entries.keySet();
  }

  public int size() {
    return entries.size();
  }

  /**
   * Where member {@code key} is written in this map (the whole {@code key = value} or block); falls
   * back to the value's range, then to this map's range, when it was computed rather than written.
   */
  public SourceRange memberRange(String key) {
    SourceRange r = memberRanges.get(key);
    if (r != null) {
      return r;
    }
    Value v = entries.get(key);
    return v != null ? v.range() : range;
  }

  @Override
  public Value withRange(SourceRange range) {
    return new MapValue(entries, memberRanges, kind, range, origin);
  }

  @Override
  public Value withOrigin(Origin origin) {
    return new MapValue(entries, memberRanges, kind, range, origin);
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
    for (Value e : entries.values()) {
      UnknownValue u = e.firstUnknown();
      if (u != null) {
        return u;
      }
    }
    return null;
  }

  @Override
  public boolean sameAs(Value other) {
    if (!(other instanceof MapValue m) || m.entries.size() != entries.size()) {
      return false;
    }
    for (Map.Entry<String, Value> e : entries.entrySet()) {
      Value o = m.entries.get(e.getKey());
      if (o == null || !e.getValue().sameAs(o)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String render() {
    StringBuilder sb = new StringBuilder("{");
    int i = 0;
    for (Map.Entry<String, Value> e : entries.entrySet()) {
      if (i > 0) {
        sb.append(", ");
      }
      if (i == 5) {
        sb.append("… ").append(entries.size() - 5).append(" more");
        break;
      }
      sb.append(e.getKey()).append(" = ").append(e.getValue().render());
      i++;
    }
    return sb.append('}').toString();
  }

  /** Builds a map member by member, remembering where each was written. */
  public static final class Builder {
    private final Map<String, Value> entries = new LinkedHashMap<>();
    private final Map<String, SourceRange> memberRanges = new LinkedHashMap<>();
    private final Kind kind;

    public Builder(Kind kind) {
      this.kind = kind;
    }

    public Builder put(String key, Value value, SourceRange memberRange) {
      entries.put(key, value);
      if (memberRange != null) {
        memberRanges.put(key, memberRange);
      }
      return this;
    }

    public Builder put(String key, Value value) {
      return put(key, value, null);
    }

    public boolean has(String key) {
      return entries.containsKey(key);
    }

    public Value get(String key) {
      return entries.get(key);
    }

    public MapValue build(SourceRange range) {
      return new MapValue(entries, memberRanges, kind, range, Origin.NONE);
    }
  }
}
