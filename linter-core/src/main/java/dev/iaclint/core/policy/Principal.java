package dev.iaclint.core.policy;

import dev.iaclint.core.rule.Tri;
import java.util.List;
import java.util.Map;

/**
 * A {@code Principal} or {@code NotPrincipal}: {@code "*"}, or identifiers by type ({@code AWS},
 * {@code Service}, {@code Federated}, {@code CanonicalUser}).
 *
 * @param wildcard written as the bare string {@code "*"}
 * @param byType identifiers per type, in the order written
 * @param unknownReason why part of it is unknown, or {@code null}
 */
public record Principal(boolean wildcard, Map<String, Strings> byType, String unknownReason) {
  public Principal {
    byType = Map.copyOf(byType);
  }

  /**
   * Whether it names everyone: {@code "*"}, or {@code "*"} among the {@code AWS} identifiers
   * ({@code {"AWS": "*"}}, {@code {"AWS": ["*", ...]}}).
   */
  public Tri isEveryone() {
    if (wildcard) {
      return Tri.YES;
    }
    Strings aws = byType.get("AWS");
    if (aws != null && aws.contains("*")) {
      return Tri.YES;
    }
    return unknownReason != null ? Tri.UNKNOWN : Tri.NO;
  }

  /** The identifiers of one type; empty when there are none. */
  public List<String> identifiers(String type) {
    Strings s = byType.get(type);
    return s == null ? List.of() : s.values();
  }
}
