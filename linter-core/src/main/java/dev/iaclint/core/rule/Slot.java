package dev.iaclint.core.rule;

import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link AttributePath} found in one place: a value, an unknown, or nothing.
 *
 * @param path where it is, with list indexes ({@code ingress[1].cidr_blocks})
 * @param value the value; {@code null} when the attribute is absent (or set to {@code null})
 * @param location where a finding about it goes: the member as written ({@code enabled = false})
 *     when present; when absent, the header of the closest block that exists and should hold it
 */
public record Slot(String path, Value value, SourceRange location) {
  public Slot {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(location, "location");
    if (value instanceof NullValue) {
      value = null;
    }
  }

  public boolean isAbsent() {
    return value == null;
  }

  public boolean isUnknown() {
    return value instanceof UnknownValue;
  }

  /** Present and known (its contents may still hold unknowns). */
  public boolean isKnown() {
    return value != null && value.isKnown();
  }

  /** The unknown value, or {@code null}. */
  public UnknownValue unknown() {
    return value instanceof UnknownValue u ? u : null;
  }

  /** The value as a boolean ({@link Values#asBoolean}), or {@code null}. */
  public Boolean asBoolean() {
    return value == null ? null : Values.asBoolean(value);
  }

  /** The value as a string ({@link Values#asString}), or {@code null}. */
  public String asString() {
    return value == null ? null : Values.asString(value);
  }

  /** The value as a number ({@link Values#asNumber}), or {@code null}. */
  public BigDecimal asNumber() {
    return value == null ? null : Values.asNumber(value);
  }

  /** Where the value was set, when it came through variables or parameters. */
  public List<RelatedLocation> related() {
    return value == null ? List.of() : Values.origins(value);
  }

  /** {@code "; value set by variable 'x' (tfvars file) at terraform.tfvars:2:1"}, or "". */
  public String originNote() {
    return value == null ? "" : Values.originNote(value);
  }
}
