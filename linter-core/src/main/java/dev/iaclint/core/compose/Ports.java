package dev.iaclint.core.compose;

import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NumberValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Compose {@code ports} in one form whatever the syntax: each entry a map with {@code target},
 * {@code published} (absent: Docker picks an ephemeral host port, still published), {@code host_ip}
 * (absent: every interface) and {@code protocol} ({@code tcp} unless written). A single port is a
 * number; a range stays a string ({@code "9200-9300"}). Parts interpolated from the environment
 * ({@code ${PORT}}) are unknown. Every member has the range of the entry as written.
 */
final class Ports {
  private Ports() {}

  static ListValue normalise(ListValue ports) {
    List<Value> out = new ArrayList<>();
    for (Value entry : ports.elements()) {
      Value n = entry instanceof MapValue m ? longSyntax(m) : shortSyntax(entry);
      out.add(n != null ? n : entry);
    }
    return new ListValue(out, ports.kind(), ports.range(), ports.origin());
  }

  private static Value longSyntax(MapValue m) {
    MapValue.Builder b = new MapValue.Builder(MapValue.Kind.OBJECT);
    for (String key : m.keys()) {
      Value v = m.get(key);
      if (key.equals("target") || key.equals("published")) {
        Value interpolated = ComposeFiles.interpolate(v);
        v = interpolated instanceof UnknownValue ? interpolated : port(Values.scalarText(v), v.range());
      } else {
        v = ComposeFiles.interpolate(v);
      }
      b.put(key, v, m.memberRange(key));
    }
    if (!b.has("protocol")) {
      b.put("protocol", new StringValue("tcp", m.range()), m.range());
    }
    return b.build(m.range());
  }

  /** {@code [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]}, with ranges and bracketed IPv6. */
  private static Value shortSyntax(Value entry) {
    String text = Values.scalarText(entry);
    if (text == null) {
      return null;
    }
    SourceRange r = entry.range();
    String protocol = "tcp";
    int slash = text.lastIndexOf('/');
    if (slash >= 0) {
      protocol = text.substring(slash + 1);
      text = text.substring(0, slash);
    }
    String hostIp = null;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        return null;
      }
      hostIp = text.substring(1, close);
      text = text.substring(Math.min(text.length(), close + 2));
    }
    String[] parts = splitPorts(text);
    String published = null;
    String target;
    if (parts.length == 1) {
      target = parts[0];
    } else if (parts.length == 2) {
      published = parts[0];
      target = parts[1];
    } else {
      // host_ip:published:target; an unbracketed IPv6 address holds colons itself.
      target = parts[parts.length - 1];
      published = parts[parts.length - 2];
      hostIp = String.join(":", java.util.Arrays.copyOf(parts, parts.length - 2));
    }
    MapValue.Builder b = new MapValue.Builder(MapValue.Kind.OBJECT);
    b.put("target", port(target, r), r);
    if (published != null && !published.isEmpty()) {
      b.put("published", port(published, r), r);
    }
    if (hostIp != null && !hostIp.isEmpty()) {
      b.put("host_ip", ComposeFiles.interpolate(new StringValue(hostIp, r)), r);
    }
    b.put("protocol", new StringValue(protocol, r), r);
    return b.build(r);
  }

  /** Splits at colons that are outside {@code ${…}}. */
  private static String[] splitPorts(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == ':' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts.toArray(String[]::new);
  }

  private static Value port(String text, SourceRange r) {
    if (text == null) {
      return new UnknownValue("port is not a number", r);
    }
    Value v = ComposeFiles.interpolate(new StringValue(text.trim(), r));
    if (v instanceof UnknownValue) {
      return v;
    }
    try {
      return new NumberValue(new BigDecimal(Integer.parseInt(text.trim())), r);
    } catch (NumberFormatException e) {
      return new StringValue(text.trim(), r);
    }
  }
}
