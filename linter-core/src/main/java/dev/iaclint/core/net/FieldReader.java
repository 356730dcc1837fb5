package dev.iaclint.core.net;

import dev.iaclint.core.rule.Values;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads the fields of one rule block or resource, remembering the first unknown. */
final class FieldReader {
  private final MapValue map;
  private String unknownReason;

  FieldReader(MapValue map) {
    this.map = map;
  }

  String unknownReason() {
    return unknownReason;
  }

  private Value get(String key) {
    Value v = map.get(key);
    if (v instanceof UnknownValue u) {
      unknownReason = unknownReason == null ? key + " is not known: " + u.reason() : unknownReason;
      return null;
    }
    return v instanceof NullValue ? null : v;
  }

  boolean has(String key) {
    return map.get(key) != null && !(map.get(key) instanceof NullValue);
  }

  String string(String key) {
    Value v = get(key);
    return v == null ? null : Values.asString(v);
  }

  Integer integer(String key) {
    Value v = get(key);
    BigDecimal n = v == null ? null : Values.asNumber(v);
    return n == null ? null : n.intValue();
  }

  Boolean bool(String key) {
    Value v = get(key);
    return v == null ? null : Values.asBoolean(v);
  }

  MapValue map(String key) {
    return get(key) instanceof MapValue m ? m : null;
  }

  /** A string or list of strings; unknown elements are noted and left out. */
  List<String> strings(String key) {
    Value v = get(key);
    List<String> result = new ArrayList<>();
    for (Value e : Values.elements(v)) {
      if (e instanceof UnknownValue u) {
        unknownReason = unknownReason == null ? key + " is not known: " + u.reason() : unknownReason;
      } else {
        String s = Values.asString(e);
        if (s != null) {
          result.add(s);
        }
      }
    }
    return result;
  }

  /**
   * The protocol and ports; protocol all needs no ports, a port protocol without them means every
   * port. {@code null} when the protocol is unknown or unreadable, or a port of TCP or UDP is
   * unknown: an unknown port is not every port.
   */
  PortRange ports(String protocolKey, String fromKey, String toKey) {
    String p = string(protocolKey);
    Protocol protocol = p == null ? null : Protocol.parse(p);
    if (protocol == null) {
      return null;
    }
    Integer from = integer(fromKey);
    Integer to = integer(toKey);
    if (protocol.isAll() || !protocol.hasPorts()) {
      return new PortRange(protocol, from == null ? 0 : from, to == null ? 0 : to);
    }
    if (isUnknown(fromKey) || isUnknown(toKey)) {
      return null;
    }
    return new PortRange(protocol, from == null ? -1 : from, to == null ? -1 : to);
  }

  private boolean isUnknown(String key) {
    return map.get(key) instanceof UnknownValue;
  }
}
