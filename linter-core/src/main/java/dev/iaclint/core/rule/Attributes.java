package dev.iaclint.core.rule;

import dev.iaclint.core.graph.Node;
import java.util.List;

/** Short questions Java rules ask of a resource's attributes, with the provider's default. */
public final class Attributes {
  private Attributes() {}

  /** The slots of {@code path} in {@code node} (see {@link AttributePath}). */
  public static List<Slot> slots(Node node, String path) {
    return AttributePath.parse(path).resolve(node);
  }

  /** The first slot of {@code path}: where it is, or where it should be. */
  public static Slot first(Node node, String path) {
    return slots(node, path).get(0);
  }

  /**
   * Whether the boolean at {@code path} is true in every place the path finds, absent ones counting
   * as {@code whenAbsent}; UNKNOWN when one is unknown (or not a boolean) and none is false.
   */
  public static Tri isTrue(Node node, String path, boolean whenAbsent) {
    Tri result = Tri.YES;
    for (Slot s : slots(node, path)) {
      Boolean b = s.isAbsent() ? Boolean.valueOf(whenAbsent) : s.asBoolean();
      if (b == null) {
        result = Tri.UNKNOWN;
      } else if (!b) {
        return Tri.NO;
      }
    }
    return result;
  }

  /** Whether {@code path} holds something: not absent, null or empty; UNKNOWN when unknown. */
  public static Tri isSet(Node node, String path) {
    Tri result = Tri.NO;
    for (Slot s : slots(node, path)) {
      if (s.isUnknown() && s.unknown().present()) {
        return Tri.YES;
      } else if (s.isUnknown()) {
        result = Tri.UNKNOWN;
      } else if (!Values.isEmpty(s.value())) {
        return Tri.YES;
      }
    }
    return result;
  }
}
