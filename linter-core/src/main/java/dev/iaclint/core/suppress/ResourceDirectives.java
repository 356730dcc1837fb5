package dev.iaclint.core.suppress;

import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Suppressions written as data: CloudFormation {@code Metadata} and Kubernetes annotations. */
final class ResourceDirectives {
  private ResourceDirectives() {}

  /**
   * {@code Metadata: {iaclint: {ignore: [{id, reason, until}]}}}, and Checkov's
   * {@code Metadata: {checkov: {skip: [{id, comment}]}}}.
   */
  static List<Directive> cloudFormation(MapValue resource, SourceRange fallback) {
    List<Directive> result = new ArrayList<>();
    if (!(resource.get("Metadata") instanceof MapValue metadata)) {
      return result;
    }
    if (metadata.get("iaclint") instanceof MapValue iaclint && iaclint.get("ignore") instanceof ListValue list) {
      for (Value e : list.elements()) {
        if (e instanceof MapValue m) {
          result.add(entry(m, "id", "reason", InlineSuppressor.CFN_METADATA, fallback));
        }
      }
    }
    if (metadata.get("checkov") instanceof MapValue checkov && checkov.get("skip") instanceof ListValue list) {
      for (Value e : list.elements()) {
        if (e instanceof MapValue m) {
          result.add(entry(m, "id", "comment", "checkov", fallback));
        }
      }
    }
    return result;
  }

  private static Directive entry(MapValue m, String idKey, String reasonKey, String kind, SourceRange fallback) {
    String id = InlineSuppressor.string(m.get(idKey));
    String reason = InlineSuppressor.string(m.get(reasonKey));
    String untilText = InlineSuppressor.string(m.get("until"));
    LocalDate until = untilText == null ? null : InlineSuppressor.date(untilText);
    String problem = id == null ? "the entry has no '" + idKey + "'"
        : untilText != null && until == null ? "invalid date '" + untilText + "' in until (expected YYYY-MM-DD)" : null;
    SourceRange where = m.range() != null ? m.range() : fallback;
    return new Directive(kind, id == null ? List.of() : List.of(id.strip()), reason, until,
        Directive.Scope.RESOURCE, where, problem);
  }

  /**
   * {@code metadata.annotations}: {@code iaclint.dev/ignore: "ID[,ID]"} with optional
   * {@code iaclint.dev/ignore-reason} and {@code iaclint.dev/ignore-until}; and Checkov's
   * {@code checkov.io/skipN: "CKV_K8S_20=reason"}.
   */
  static List<Directive> kubernetes(MapValue object, SourceRange fallback) {
    List<Directive> result = new ArrayList<>();
    if (!(object.get("metadata") instanceof MapValue metadata)
        || !(metadata.get("annotations") instanceof MapValue annotations)) {
      return result;
    }
    String ids = InlineSuppressor.string(annotations.get(InlineSuppressor.ANNOTATION));
    if (ids != null) {
      String reason = InlineSuppressor.string(annotations.get(InlineSuppressor.ANNOTATION + "-reason"));
      String untilText = InlineSuppressor.string(annotations.get(InlineSuppressor.ANNOTATION + "-until"));
      LocalDate until = untilText == null ? null : InlineSuppressor.date(untilText);
      String problem = untilText != null && until == null
          ? "invalid date '" + untilText + "' in " + InlineSuppressor.ANNOTATION + "-until (expected YYYY-MM-DD)" : null;
      List<String> list = new ArrayList<>();
      for (String id : ids.split(",")) {
        if (!id.isBlank()) {
          list.add(id.strip());
        }
      }
      result.add(new Directive(InlineSuppressor.K8S_ANNOTATION, list, reason, until,
          Directive.Scope.RESOURCE, annotations.memberRange(InlineSuppressor.ANNOTATION), problem));
    }
    for (Map.Entry<String, Value> e : annotations.entries().entrySet()) {
      String value = InlineSuppressor.string(e.getValue());
      if (e.getKey().startsWith("checkov.io/skip") && value != null) {
        int eq = value.indexOf('=');
        String id = (eq < 0 ? value : value.substring(0, eq)).strip();
        String reason = eq < 0 ? "" : value.substring(eq + 1).strip();
        result.add(new Directive("checkov", List.of(id), reason, null, Directive.Scope.RESOURCE,
            annotations.memberRange(e.getKey()), null));
      }
    }
    return result;
  }
}
