package dev.iaclint.core.rule.declarative;

import dev.iaclint.core.source.SourceRange;
import java.util.List;

/**
 * A condition's three-valued result. TRUE and FALSE carry the evidence that decided them (a
 * {@code not} turns one into the other, so both need it); UNKNOWN carries the reason.
 */
record Outcome(Truth truth, List<Evidence> evidence, String reason, SourceRange unknownAt) {
  enum Truth { TRUE, FALSE, UNKNOWN }

  Outcome {
    evidence = List.copyOf(evidence);
  }

  static Outcome of(boolean value, List<Evidence> evidence) {
    return new Outcome(value ? Truth.TRUE : Truth.FALSE, evidence, null, null);
  }

  static Outcome of(boolean value, Evidence evidence) {
    return of(value, List.of(evidence));
  }

  static Outcome unknown(String reason, SourceRange at) {
    return new Outcome(Truth.UNKNOWN, List.of(), reason, at);
  }

  boolean isTrue() {
    return truth == Truth.TRUE;
  }

  boolean isFalse() {
    return truth == Truth.FALSE;
  }

  boolean isUnknown() {
    return truth == Truth.UNKNOWN;
  }

  Outcome negate() {
    return switch (truth) {
      case TRUE -> new Outcome(Truth.FALSE, evidence, null, null);
      case FALSE -> new Outcome(Truth.TRUE, evidence, null, null);
      case UNKNOWN -> this;
    };
  }

  int specificity() {
    int max = 0;
    for (Evidence e : evidence) {
      max = Math.max(max, e.specificity());
    }
    return max;
  }
}
