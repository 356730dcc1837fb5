package dev.iaclint.core.cloudformation;

import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import dev.iaclint.core.yaml.ParsedData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites CloudFormation's YAML short forms into the long form JSON templates use: {@code !Ref X}
 * becomes {@code {Ref: X}}, {@code !GetAtt A.B} becomes {@code {Fn::GetAtt: [A, B]}}, {@code !Sub s}
 * becomes {@code {Fn::Sub: s}}. The wrapper map's range is the tagged value's range, tag included.
 */
final class ShortForms {
  private static final Set<String> FUNCTIONS = Set.of("Base64", "Cidr", "FindInMap", "GetAZs",
      "ImportValue", "Join", "Select", "Split", "Sub", "Transform", "If", "Equals", "Not", "And",
      "Or", "Length", "ToJsonString", "GetAtt", "ForEach");

  private ShortForms() {}

  static Value toLongForm(Value value, ParsedData parsed) {
    Value converted = value;
    if (value instanceof MapValue m) {
      Map<String, Value> entries = new LinkedHashMap<>();
      for (String key : m.keys()) {
        entries.put(key, toLongForm(m.get(key), parsed));
      }
      converted = new MapValue(entries, m.memberRanges(), m.kind(), m.range(), m.origin());
    } else if (value instanceof ListValue l) {
      List<Value> elements = new ArrayList<>(l.size());
      for (Value e : l.elements()) {
        elements.add(toLongForm(e, parsed));
      }
      converted = new ListValue(elements, l.kind(), l.range(), l.origin());
    }
    String tag = parsed.tagOf(value);
    if (tag == null) {
      return converted;
    }
    String name = tag.substring(1);
    String key;
    if (name.equals("Ref") || name.equals("Condition")) {
      key = name;
    } else if (FUNCTIONS.contains(name)) {
      key = "Fn::" + name;
      if (name.equals("GetAtt") && converted instanceof StringValue s) {
        converted = splitGetAtt(s);
      }
    } else if (name.startsWith("Rain::")) {
      key = name; // the Rain CLI's module and embed directives, expanded by 'rain pkg'
    } else {
      return converted; // an unknown tag: the value as written
    }
    SourceRange r = value.range();
    return new MapValue(Map.of(key, converted), Map.of(key, r), MapValue.Kind.OBJECT, r, Origin.NONE);
  }

  /** {@code !GetAtt Db.Endpoint.Address} is {@code [Db, Endpoint.Address]}: the logical ID has no dot. */
  private static Value splitGetAtt(StringValue s) {
    String text = s.value();
    int dot = text.indexOf('.');
    if (dot <= 0) {
      return s;
    }
    return ListValue.tuple(List.of(new StringValue(text.substring(0, dot), s.range()),
        new StringValue(text.substring(dot + 1), s.range())), s.range());
  }
}
