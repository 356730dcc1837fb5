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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  /**
   * Attributes of some resource types the provider always sets when the configuration leaves them
   * out (a generated name): a reference to one is never null, so {@code replicate_source_db =
   * aws_db_instance.main.identifier} makes a replica.
   */
  private static final Map<String, Set<String>> PRESENT_BY_TYPE = Map.of(
      "aws_db_instance", Set.of("identifier", "resource_id"),
      "aws_rds_cluster", Set.of("cluster_identifier", "cluster_resource_id"),
      "aws_docdb_cluster", Set.of("cluster_identifier"),
      "aws_kms_key", Set.of("key_id"));
  /** Every attribute some type of {@link #PRESENT_BY_TYPE} always sets: most names are none of them. */
  private static final Set<String> PRESENT_NAMES = PRESENT_BY_TYPE.values().stream()
      .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** The type in a resource instance address: {@code module.m.aws_db_instance.main["a"]}. */
  private static final Pattern RESOURCE_TYPE = Pattern.compile("([A-Za-z0-9_-]+)\\.[A-Za-z0-9_-]+(\\[.*])?$");

  private final Map<Value, Owner> owners = new IdentityHashMap<>();
  /** The configuration objects of managed resource instances (not their nested blocks). */
  private final Set<Value> resources = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Value> documents = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Value> instanceLists = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Registers {@code object} as the configuration of {@code address}, a managed resource, with its
   * nested blocks: the provider may fill in attributes and blocks it does not configure.
   */
  public void resource(MapValue object, String address) {
    register(object, address, RESOURCE_SUFFIX);
    resources.add(object);
  }

  /** Registers {@code object} as the configuration of {@code address}, a data source. */
  public void dataSource(MapValue object, String address) {
    register(object, address, " is read from the provider");
  }

  private void register(MapValue object, String address, String suffix) {
    owners.put(object, new Owner(address, suffix));
    for (Map.Entry<String, Value> e : object.entries().entrySet()) {
      if (e.getValue() instanceof ListValue blocks && blocks.kind() == ListValue.Kind.BLOCKS) {
        String path = address + "." + e.getKey();
        owners.put(blocks, new Owner(path, suffix));
        for (int i = 0; i < blocks.size(); i++) {
          if (blocks.get(i) instanceof MapValue block) {
            register(block, path + "[" + i + "]", suffix);
          }
        }
      }
    }
  }

  /** Registers {@code list} as the instances of a resource with {@code count}. */
  public void instances(ListValue list) {
    instanceLists.add(list);
  }

  /** Registers {@code value} as the result of {@code jsonencode} of a partly known document. */
  void document(Value value) {
    documents.add(value);
  }

  /** Whether {@code value} is a partly known document standing for a JSON string. */
  boolean isDocument(Value value) {
    return documents.contains(value);
  }

  /** The address of the managed resource instance whose configuration {@code object} is, or null. */
  String resourceAddressOf(Value object) {
    return resources.contains(object) ? owners.get(object).address() : null;
  }

  String addressOf(Value object) {
    Owner o = owners.get(object);
    return o == null ? null : o.address();
  }

  /**
   * The unknown value of attribute {@code name}, which {@code object} does not configure. A
   * resource's {@code id} and {@code arn} are given to it when it is created: they are present.
   */
  UnknownValue attribute(Value object, String name, SourceRange range) {
    Owner o = owners.get(object);
    boolean present = o.suffix().equals(RESOURCE_SUFFIX)
        && (PRESENT_ATTRIBUTES.contains(name) || resources.contains(object) && presentForType(o.address(), name));
    String what = name.startsWith("[") ? o.address() + name : o.address() + "." + name;
    return new UnknownValue(what + o.suffix(), range, Origin.NONE, present);
  }

  private static boolean presentForType(String address, String name) {
    // The name first: the address match is a regular-expression search, on the path of every
    // attribute read from another resource.
    if (!PRESENT_NAMES.contains(name)) {
      return false;
    }
    Matcher m = RESOURCE_TYPE.matcher(address);
    return m.find() && PRESENT_BY_TYPE.getOrDefault(m.group(1), Set.of()).contains(name);
  }

  boolean isInstanceList(ListValue list) {
    return instanceLists.contains(list);
  }
}
