package dev.iaclint.core.rule.packfixture.good;

/** A class without {@code @RuleInfo} in a rule package: ignored by discovery. */
public final class NotARule {
  public static final String WHY = "helpers live beside rules";
}
