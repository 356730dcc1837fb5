package dev.iaclint.core.terraform.eval;

import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.Origin;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The resource and data source objects of one evaluation, by identity: an attribute such an object
 * lacks was not configured, so the provider computes it ({@code id}, {@code arn}), and reading it
 * gives an unknown ("aws_kms_key.k.arn is known only after apply") rather than an error.
 */
public final class ComputedObjects {
  private record Owner(String address, String suffix) {}

  private static final String RESOURCE_SUFFIX = " is known only after apply";
  /** Computed attributes every created resource has. */
  private static final Set<String> PRESENT_ATTRIBUTES = Set.of("id", "arn");

  private final Map<Value, Owner> owners = new IdentityHashMap<>();
  private final Set<Value> instanceLists = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Registers {@code object} as the configuration of {@code address}, a managed resource. */
  public void resource(MapValue object, String address) {
    owners.put(object, new Owner(address, RESOURCE_SUFFIX));
  }

  /** Registers {@code object} as the configuration of {@code address}, a data source. */
  public void dataSource(MapValue object, String address) {
    owners.put(object, new Owner(address, " is read from the provider"));
  }

  /** Registers {@code list} as the instances of a resource with {@code count}. */
  public void instances(ListValue list) {
    instanceLists.add(list);
  }

  String addressOf(MapValue object) {
    Owner o = owners.get(object);
    return o == null ? null : o.address();
  }

  /**
   * The unknown value of attribute {@code name}, which {@code object} does not configure. A
   * resource's {@code id} and {@code arn} are given to it when it is created: they are present.
   */
  UnknownValue attribute(MapValue object, String name, SourceRange range) {
    Owner o = owners.get(object);
    boolean present = o.suffix().equals(RESOURCE_SUFFIX) && PRESENT_ATTRIBUTES.contains(name);
    return new UnknownValue(o.address() + "." + name + o.suffix(), range, Origin.NONE, present);
  }

  boolean isInstanceList(ListValue list) {
    return instanceLists.contains(list);
  }
}
