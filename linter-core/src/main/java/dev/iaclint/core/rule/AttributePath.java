package dev.iaclint.core.rule;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.Ranges;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dotted path into a configuration, such as {@code encrypt_at_rest.enabled}, resolved the same
 * way whatever wrote the configuration:
 *
 * <ul>
 *   <li>a name steps into a map member; on a list (repeated nested blocks, or a {@code .tf.json}
 *       block written as a list of objects) it steps into every element, so one path may find
 *       several {@link Slot}s ({@code ingress.cidr_blocks});
 *   <li>a number steps to that list index ({@code ingress.0.from_port});
 *   <li>{@code *} steps into every member of a map or element of a list;
 *   <li>a name that is not a member may be the start of a dotted key ({@code xpack.security.enabled}
 *       finds both the nested and the flat form, as elasticsearch.yml allows);
 *   <li>a segment in double quotes is one name even with dots in it
 *       ({@code metadata.annotations."service.beta.kubernetes.io/aws-load-balancer-internal"}).
 * </ul>
 *
 * A {@code null} value is absent. An unknown value stops the walk: its slot is unknown.
 */
public final class AttributePath {
  private final List<String> segments;

  private AttributePath(List<String> segments) {
    this.segments = List.copyOf(segments);
  }

  /** The path itself (no segment): resolves to the value it starts from. */
  public static final AttributePath SELF = new AttributePath(List.of());

  /**
   * Parses a dotted path.
   *
   * @throws IllegalArgumentException for an empty segment or an unclosed quote
   */
  public static AttributePath parse(String dotted) {
    Objects.requireNonNull(dotted, "dotted");
    if (dotted.isEmpty() || dotted.equals(".")) {
      return SELF;
    }
    List<String> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < dotted.length(); i++) {
      char c = dotted.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        wasQuoted = true;
      } else if (c == '.' && !quoted) {
        add(segments, current, wasQuoted, dotted);
        current.setLength(0);
        wasQuoted = false;
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unclosed quote in path '" + dotted + "'");
    }
    add(segments, current, wasQuoted, dotted);
    return new AttributePath(segments);
  }

  private static void add(List<String> segments, StringBuilder current, boolean quoted, String dotted) {
    if (current.length() == 0 && !quoted) {
      throw new IllegalArgumentException("empty name in path '" + dotted + "'");
    }
    segments.add(current.toString());
  }

  /** A path of literal names (no quoting or splitting). */
  public static AttributePath of(List<String> segments) {
    return new AttributePath(segments);
  }

  public List<String> segments() {
    return segments;
  }

  public boolean isSelf() {
    return segments.isEmpty();
  }

  /** The slots of this path in {@code node}'s configuration; absent ones point at the node's header. */
  public List<Slot> resolve(Node node) {
    return resolve(node.config(), "", node.headerRange(), node.headerRange());
  }

  /**
   * The slots of this path below {@code root}.
   *
   * @param rootPath how {@code root} itself is named in slot paths ("" for a resource body)
   * @param rootLocation where a finding about {@code root} itself goes
   * @param rootHeader where a finding about something missing from {@code root} goes
   */
  public List<Slot> resolve(Value root, String rootPath, SourceRange rootLocation, SourceRange rootHeader) {
    List<Slot> out = new ArrayList<>();
    walk(root, rootPath, rootLocation, rootHeader, 0, out);
    return out;
  }

  private void walk(Value current, String path, SourceRange location, SourceRange header, int i,
      List<Slot> out) {
    if (current == null || current instanceof NullValue) {
      out.add(new Slot(join(path, i), null, i == segments.size() ? location : header));
      return;
    }
    if (current instanceof UnknownValue) {
      out.add(new Slot(join(path, i), current, location));
      return;
    }
    if (i == segments.size()) {
      out.add(new Slot(path, current, location));
      return;
    }
    String segment = segments.get(i);
    if (current instanceof MapValue map) {
      if (segment.equals("*")) {
        if (map.size() == 0) {
          out.add(new Slot(join(path, i), null, header));
        }
        for (String key : map.keys()) {
          SourceRange memberLoc = map.memberRange(key);
          walk(map.get(key), dot(path, key), memberLoc, Ranges.firstLine(memberLoc), i + 1, out);
        }
        return;
      }
      // A name, or the first of several segments that together form a dotted key.
      StringBuilder key = new StringBuilder(segment);
      for (int j = i; j < segments.size(); j++) {
        if (j > i) {
          key.append('.').append(segments.get(j));
        }
        String k = key.toString();
        if (map.has(k)) {
          SourceRange memberLoc = map.memberRange(k);
          walk(map.get(k), dot(path, k), memberLoc, Ranges.firstLine(memberLoc), j + 1, out);
          return;
        }
      }
      out.add(new Slot(join(path, i), null, header));
      return;
    }
    if (current instanceof ListValue list) {
      Integer index = index(segment);
      if (index != null) {
        if (index < list.size()) {
          Value e = list.get(index);
          walk(e, path + "[" + index + "]", e.range(), Ranges.firstLine(e.range()), i + 1, out);
        } else {
          out.add(new Slot(join(path, i), null, header));
        }
        return;
      }
      if (list.isEmpty()) {
        out.add(new Slot(join(path, i), null, header));
        return;
      }
      int next = segment.equals("*") ? i + 1 : i;
      for (int k = 0; k < list.size(); k++) {
        Value e = list.get(k);
        walk(e, path + "[" + k + "]", e.range(), Ranges.firstLine(e.range()), next, out);
      }
      return;
    }
    // A scalar has no members.
    out.add(new Slot(join(path, i), null, header));
  }

  private static Integer index(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return null;
    }
    for (int k = 0; k < segment.length(); k++) {
      if (!Character.isDigit(segment.charAt(k))) {
        return null;
      }
    }
    return Integer.parseInt(segment);
  }

  private String join(String path, int from) {
    String result = path;
    for (int k = from; k < segments.size(); k++) {
      result = dot(result, segments.get(k));
    }
    return result;
  }

  private static String dot(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributePath p && p.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** The path as written, quoting names that contain dots. */
  @Override
  public String toString() {
    if (segments.isEmpty()) {
      return ".";
    }
    List<String> shown = new ArrayList<>();
    for (String s : segments) {
      shown.add(s.contains(".") ? '"' + s + '"' : s);
    }
    return String.join(".", shown);
  }
}
