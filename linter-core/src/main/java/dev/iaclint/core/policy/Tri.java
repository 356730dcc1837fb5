package dev.iaclint.core.policy;

/** A three-valued answer: a policy part that is unknown before apply cannot be judged. */
public enum Tri {
  YES, NO, UNKNOWN;

  public static Tri of(boolean b) {
    return b ? YES : NO;
  }
}
