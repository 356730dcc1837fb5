package dev.iaclint.core.rule;

import dev.iaclint.core.source.SourceRange;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one rule on one node or document: it passed, it failed at one or more places, or
 * it could not be decided because an input it needs is unknown.
 */
public sealed interface CheckResult {

  CheckResult PASS = new Pass();

  /** Nothing to report; also used when the rule turns out not to apply. */
  record Pass() implements CheckResult {}

  /** One or more failures; never empty. */
  record Fail(List<Failure> failures) implements CheckResult {
    public Fail {
      if (failures.isEmpty()) {
        throw new IllegalArgumentException("a failure needs at least one place");
      }
      failures = List.copyOf(failures);
    }
  }

  /**
   * A needed input is unknown: a variable with no value, an attribute known only after apply.
   *
   * @param reason what was unknown and why, in the user's terms
   * @param location where the unknown input is used
   */
  record Indeterminate(String reason, SourceRange location) implements CheckResult {
    public Indeterminate {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(location, "location");
    }
  }

  static CheckResult pass() {
    return PASS;
  }

  static CheckResult fail(Failure failure) {
    return new Fail(List.of(failure));
  }

  static CheckResult fail(List<Failure> failures) {
    return failures.isEmpty() ? PASS : new Fail(failures);
  }

  static CheckResult indeterminate(String reason, SourceRange location) {
    return new Indeterminate(reason, location);
  }
}
