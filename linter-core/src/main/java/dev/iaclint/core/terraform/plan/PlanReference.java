package dev.iaclint.core.terraform.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a configuration expression's {@code references} list, split into traversal steps:
 * {@code aws_s3_bucket.logs.id} → {@code aws_s3_bucket}, {@code logs}, {@code id};
 * {@code module.net[0].vpc_id} → {@code module}, {@code net}, {@code [0]}, {@code vpc_id};
 * {@code aws_iam_user.u["a.b"]} → {@code aws_iam_user}, {@code u}, {@code ["a.b"]}. An index step
 * keeps its brackets, written as Terraform writes instance keys in addresses.
 */
record PlanReference(List<String> steps) {

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
