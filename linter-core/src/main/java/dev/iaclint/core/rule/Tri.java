package dev.iaclint.core.rule;

/** A three-valued answer: what depends on a value unknown before apply cannot be judged yet. */
public enum Tri {
  YES, NO, UNKNOWN;

  public static Tri of(boolean b) {
    return b ? YES : NO;
  }
}
