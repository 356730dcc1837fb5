package dev.iaclint.core.value;

import dev.iaclint.core.source.SourceRange;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

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
    entries = Members.copyOf(entries);
    memberRanges = Members.copyOf(memberRanges);
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

  /**
   * The read-only, insertion-ordered members of a map value. A map that is already one is taken as
   * it is instead of being copied again: values are rebuilt often ({@link #withRange}, {@link
   * #withOrigin}, every {@link Builder#build}), and copying each time was a large share of a
   * Terraform evaluation.
   */
  private static final class Members<V> extends AbstractMap<String, V> {
    private static final Members<?> EMPTY = new Members<>(new LinkedHashMap<>());

    private final Map<String, V> view;

    /** Takes ownership of {@code owned}: nobody may change it afterwards. */
    private Members(LinkedHashMap<String, V> owned) {
      this.view = Collections.unmodifiableMap(owned);
    }

    /** {@code owned} as members without copying it; the caller never changes it again. */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> own(LinkedHashMap<String, V> owned) {
      return owned.isEmpty() ? (Members<V>) EMPTY : new Members<>(owned);
    }

    @SuppressWarnings("unchecked")
    static <V> Map<String, V> copyOf(Map<String, V> map) {
      if (map instanceof Members<V>) {
        return map;
      }
      return map.isEmpty() ? (Members<V>) EMPTY : new Members<>(new LinkedHashMap<>(map));
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
      return view.entrySet();
    }

    @Override
    public Set<String> keySet() {
      return view.keySet();
    }

    @Override
    public Collection<V> values() {
      return view.values();
    }

    @Override
    public int size() {
      return view.size();
    }

    @Override
    public boolean isEmpty() {
      return view.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
      return view.containsKey(key);
    }

    @Override
    public V get(Object key) {
      return view.get(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
      return view.getOrDefault(key, defaultValue);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
      view.forEach(action);
    }
  }

  /** Builds a map member by member, remembering where each was written. */
  public static final class Builder {
    private LinkedHashMap<String, Value> entries = new LinkedHashMap<>();
    private LinkedHashMap<String, SourceRange> memberRanges = new LinkedHashMap<>();
    /** Whether a built value owns the maps: the next change then works on copies. */
    private boolean handedOver;
    private final Kind kind;

    public Builder(Kind kind) {
      this.kind = kind;
    }

    public Builder put(String key, Value value, SourceRange memberRange) {
      if (handedOver) {
        entries = new LinkedHashMap<>(entries);
        memberRanges = new LinkedHashMap<>(memberRanges);
        handedOver = false;
      }
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
      handedOver = true;
      return new MapValue(Members.own(entries), Members.own(memberRanges), kind, range, Origin.NONE);
    }
  }
}
