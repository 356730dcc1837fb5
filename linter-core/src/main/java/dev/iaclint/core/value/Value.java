package dev.iaclint.core.value;

import dev.iaclint.core.source.SourceRange;

/**
 * An evaluated value: what a rule sees after variables, functions, intrinsics and references have
 * been resolved as far as they can be without credentials.
 *
 * <p>Every value knows where it was written ({@link #range()}) and, when it travelled through
 * variables, parameters or module inputs, where it was set ({@link #origin()}). A value that cannot
 * be known before apply is an {@link UnknownValue} carrying the reason; rules treat it as
 * "cannot decide", never as a failure.
 *
 * <p>Values are immutable. Structural equality ignores ranges and origins: {@link #sameAs(Value)}.
 */
public sealed interface Value
    permits NullValue, BoolValue, NumberValue, StringValue, ListValue, MapValue, UnknownValue {

  /** Where this value was written; for computed values, the expression that computed it. */
  SourceRange range();

  /** How the value got here through variables and inputs; {@link Origin#NONE} for in-place literals. */
  Origin origin();

  /** This value, moved to another range (ranges are metadata: the value itself is unchanged). */
  Value withRange(SourceRange range);

  /** This value with a different origin. */
  Value withOrigin(Origin origin);

  /** Terraform-style type name: string, number, bool, null, tuple, list, set, object, map, block, unknown. */
  String typeName();

  /** False only for {@link UnknownValue}; a collection may still contain unknowns (see {@link #isWhollyKnown()}). */
  default boolean isKnown() {
    return true;
  }

  /** True when neither this value nor anything inside it is unknown. */
  default boolean isWhollyKnown() {
    return isKnown();
  }

  /** Structural equality, ignoring ranges and origins. */
  boolean sameAs(Value other);

  /** The first unknown found inside this value (depth-first), or {@code null}. */
  default UnknownValue firstUnknown() {
    return null;
  }

  /** A compact, human-readable rendering (strings quoted, collections abbreviated). Never log secrets with it. */
  String render();
}
