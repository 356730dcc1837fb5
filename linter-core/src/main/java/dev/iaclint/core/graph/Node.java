package dev.iaclint.core.graph;

import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import java.util.Map;
import java.util.Objects;

/**
 * One thing in the infrastructure: a resource, data source, module call, variable, local, output,
 * a CloudFormation resource, a Kubernetes object, a compose service, a node configuration file.
 *
 * <p>Nodes compare by identity: two resources with equal configuration are still two resources.
 */
public final class Node {
  /**
   * Property naming the configuration a node belongs to (a Terraform module instance, a template
   * file): literal names are only matched between nodes of the same scope.
   */
  public static final String SCOPE = "scope";

  private final String id;
  private final NodeKind kind;
  private final SourceFormat format;
  private final String type;
  private final String address;
  private final SourceRange range;
  private final MapValue config;
  private final Map<String, String> properties;

  /**
   * @param id unique within the graph (addresses repeat across root modules and files; ids do not)
   * @param kind what the node stands for
   * @param format the language it was written in
   * @param type the resource type: {@code aws_s3_bucket}, {@code AWS::S3::Bucket}, the Kubernetes
   *     {@code kind} ({@code Elasticsearch}, {@code Service}), {@code service} for compose, {@code
   *     elasticsearch.yml} / {@code opensearch.yml} for node configuration
   * @param address the name reports show, per the resource-name contract: {@code
   *     module.search.aws_opensearch_domain.this}, {@code LogsDomain}, {@code
   *     Elasticsearch/observability/logging}, {@code services.elasticsearch}
   * @param range the whole definition (the resource block, the YAML mapping)
   * @param config the evaluated configuration; its members carry their ranges
   * @param properties format-specific facts that are not configuration: {@code module} (the module
   *     path, "" for a root module), {@code apiVersion}, {@code namespace} …
   */
  public Node(String id, NodeKind kind, SourceFormat format, String type, String address,
      SourceRange range, MapValue config, Map<String, String> properties) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.format = Objects.requireNonNull(format, "format");
    this.type = Objects.requireNonNull(type, "type");
    this.address = Objects.requireNonNull(address, "address");
    this.range = Objects.requireNonNull(range, "range");
    this.config = Objects.requireNonNull(config, "config");
    this.properties = Map.copyOf(properties);
  }

  public String id() {
    return id;
  }

  public NodeKind kind() {
    return kind;
  }

  public SourceFormat format() {
    return format;
  }

  public String type() {
    return type;
  }

  public String address() {
    return address;
  }

  public SourceRange range() {
    return range;
  }

  public MapValue config() {
    return config;
  }

  public Map<String, String> properties() {
    return properties;
  }

  public SourceFile file() {
    return range.file();
  }

  public String property(String key) {
    return properties.get(key);
  }

  /**
   * The first line of the definition ({@code resource "aws_s3_bucket" "logs" {}): where a finding
   * goes when the attribute that should be there is missing.
   */
  public SourceRange headerRange() {
    return Ranges.firstLine(range);
  }

  @Override
  public String toString() {
    return address + " (" + type + ") at " + range.toShortString();
  }
}
