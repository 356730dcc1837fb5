package dev.iaclint.core.terraform.plan;

import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One entry of a configuration expression's {@code references} list, split into traversal steps:
 * {@code aws_s3_bucket.logs.id} → {@code aws_s3_bucket}, {@code logs}, {@code id};
 * {@code module.net[0].vpc_id} → {@code module}, {@code net}, {@code [0]}, {@code vpc_id};
 * {@code aws_iam_user.u["a.b"]} → {@code aws_iam_user}, {@code u}, {@code ["a.b"]}. An index step
 * keeps its brackets, written as Terraform writes instance keys in addresses.
 */
record PlanReference(List<String> steps) {
  /** First steps that do not name a managed resource. */
  private static final Set<String> NOT_RESOURCES =
      Set.of("var", "local", "data", "module", "count", "each", "path", "terraform", "self");
  /** What a resource is given when it is created: never null or empty, though unknown until then. */
  private static final Set<String> PRESENT_ATTRIBUTES = Set.of("id", "arn");

  /**
   * The entries of a {@code references} list that say what is referred to: Terraform lists {@code
   * module.m} and {@code aws_x.y} beside {@code module.m.out} and {@code aws_x.y[0].id}, and only
   * the most specific one counts.
   */
  static List<StringValue> mostSpecific(List<Value> references) {
    List<StringValue> result = new ArrayList<>();
    for (Value reference : references) {
      if (reference instanceof StringValue r && references.stream().noneMatch(o -> o instanceof StringValue s
          && (s.value().startsWith(r.value() + ".") || s.value().startsWith(r.value() + "[")))) {
        result.add(r);
      }
    }
    return result;
  }

  /** {@code aws_kms_key.k.arn}, {@code aws_s3_bucket.b[0].id}: a managed resource's id or ARN. */
  boolean isResourceIdOrArn() {
    int attribute = isIndex(step(2)) ? 3 : 2;
    return steps.size() == attribute + 1 && !NOT_RESOURCES.contains(steps.get(0))
        && PRESENT_ATTRIBUTES.contains(steps.get(attribute));
  }

  /** The steps of {@code text}, or an empty list when it is not a traversal. */
  static PlanReference parse(String text) {
    List<String> steps = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int end = closingBracket(text, i);
        if (end < 0) {
          return new PlanReference(List.of());
        }
        steps.add(text.substring(i, end + 1));
        i = end + 1;
      } else {
        int start = i;
        while (i < n && text.charAt(i) != '.' && text.charAt(i) != '[') {
          i++;
        }
        steps.add(text.substring(start, i));
      }
    }
    return new PlanReference(List.copyOf(steps));
  }

  private static int closingBracket(String text, int open) {
    boolean quoted = false;
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ']' && !quoted) {
        return i;
      }
    }
    return -1;
  }

  String step(int i) {
    return i < steps.size() ? steps.get(i) : null;
  }

  static boolean isIndex(String step) {
    return step != null && step.startsWith("[");
  }
}
