package dev.iaclint.core.value;

import dev.iaclint.core.source.SourceRange;
import java.util.Objects;

/**
 * A value that cannot be known before apply, or that iaclint could not compute.
 *
 * <p>The reason names the cause in the user's terms: "var.domain_name has no value",
 * "aws_kms_key.k.arn is known only after apply", "data.aws_vpc.main is read from the provider".
 * Operations on an unknown yield an unknown with the same reason, so the cause survives.
 *
 * @param present the value is known to exist and not to be empty, only its content is unknown: the
 *     {@code id} or {@code arn} a resource is given when it is created. A rule that only asks
 *     whether the attribute is set can decide on it ({@code kms_key_id = aws_kms_key.k.arn} is set).
 *     Operations on it yield ordinary unknowns.
 * @param partialText for a string template with unknown interpolations, the text it renders with
 *     each unknown interpolation replaced by {@link #HOLE}; {@code null} otherwise. A heredoc
 *     policy that names {@code ${aws_s3_bucket.b.arn}} is still readable JSON this way.
 */
public record UnknownValue(String reason, SourceRange range, Origin origin, boolean present, String partialText)
    implements Value {
  /** Stands for an unknown interpolation in {@link #partialText} (a private-use character). */
  public static final char HOLE = '\uE000';

  public UnknownValue {
    Objects.requireNonNull(reason, "reason");
  }

  public UnknownValue(String reason, SourceRange range, Origin origin, boolean present) {
    this(reason, range, origin, present, null);
  }

  public UnknownValue(String reason, SourceRange range, Origin origin) {
    this(reason, range, origin, false);
  }

  public UnknownValue(String reason, SourceRange range) {
    this(reason, range, Origin.NONE, false);
  }

  @Override
  public Value withRange(SourceRange range) {
    return new UnknownValue(reason, range, origin, present, partialText);
  }

  @Override
  public Value withOrigin(Origin origin) {
    return new UnknownValue(reason, range, origin, present, partialText);
  }

  @Override
  public String typeName() {
    return "unknown";
  }

  @Override
  public boolean isKnown() {
    return false;
  }

  @Override
  public UnknownValue firstUnknown() {
    return this;
  }

  @Override
  public boolean sameAs(Value other) {
    // Two unknowns are never known to be equal.
    return false;
  }

  @Override
  public String render() {
    return "(unknown: " + reason + ")";
  }
}
