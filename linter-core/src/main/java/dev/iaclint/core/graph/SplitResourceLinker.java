package dev.iaclint.core.graph;

import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.ListValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds {@link EdgeKind#PART_OF} edges from split-out configuration resources to the resource they
 * configure, so that rules can judge a resource on its effective configuration: a bucket with its
 * {@code aws_s3_bucket_acl}, a security group with its {@code aws_security_group_rule}s.
 *
 * <p>A part is linked by reference first (its attribute refers to the whole: {@code bucket =
 * aws_s3_bucket.logs.id}, {@code Bucket: !Ref LogsBucket}); failing that, by matching a literal
 * name ({@code bucket = "my-logs"} against the bucket whose {@code bucket} is {@code "my-logs"}).
 */
public final class SplitResourceLinker {

  /**
   * One kind of split: {@code partType.partAttribute} names a {@code wholeTypes} resource, whose
   * {@code wholeNameAttributes} hold the literal names it can be matched by.
   */
  public record Link(SourceFormat format, String partType, String partAttribute,
      Set<String> wholeTypes, List<String> wholeNameAttributes) {}

  private static final Set<String> BUCKET = Set.of("aws_s3_bucket");
  private static final List<String> BUCKET_NAME = List.of("bucket");

  /** The known splits. Add a row to link a new pair of resource types. */
  public static final List<Link> LINKS = List.of(
      tf("aws_s3_bucket_acl", "bucket", BUCKET, BUCKET_NAME),
      tf("aws_s3_bucket_public_access_block", "bucket", BUCKET, BUCKET_NAME),
      tf("aws_s3_bucket_policy", "bucket", BUCKET, BUCKET_NAME),
      tf("aws_s3_bucket_server_side_encryption_configuration", "bucket", BUCKET, BUCKET_NAME),
      tf("aws_s3_bucket_versioning", "bucket", BUCKET, BUCKET_NAME),
      tf("aws_s3_bucket_logging", "bucket", BUCKET, BUCKET_NAME),
      tf("aws_s3_bucket_ownership_controls", "bucket", BUCKET, BUCKET_NAME),
      tf("aws_s3_bucket_website_configuration", "bucket", BUCKET, BUCKET_NAME),
      tf("aws_elasticsearch_domain_policy", "domain_name", Set.of("aws_elasticsearch_domain"), List.of("domain_name")),
      tf("aws_opensearch_domain_policy", "domain_name", Set.of("aws_opensearch_domain"), List.of("domain_name")),
      tf("aws_elasticsearch_domain_saml_options", "domain_name", Set.of("aws_elasticsearch_domain"), List.of("domain_name")),
      tf("aws_opensearch_domain_saml_options", "domain_name", Set.of("aws_opensearch_domain"), List.of("domain_name")),
      tf("aws_security_group_rule", "security_group_id",
          Set.of("aws_security_group", "aws_default_security_group"), List.of()),
      tf("aws_vpc_security_group_ingress_rule", "security_group_id",
          Set.of("aws_security_group", "aws_default_security_group"), List.of()),
      tf("aws_vpc_security_group_egress_rule", "security_group_id",
          Set.of("aws_security_group", "aws_default_security_group"), List.of()),
      tf("aws_network_acl_rule", "network_acl_id",
          Set.of("aws_network_acl", "aws_default_network_acl"), List.of()),
      tf("azurerm_storage_account_network_rules", "storage_account_id",
          Set.of("azurerm_storage_account"), List.of()),
      // azurerm 2.x named the account instead.
      tf("azurerm_storage_account_network_rules", "storage_account_name", Set.of("azurerm_storage_account"),
          List.of("name")),
      tf("azurerm_storage_container", "storage_account_name", Set.of("azurerm_storage_account"), List.of("name")),
      tf("azurerm_storage_container", "storage_account_id", Set.of("azurerm_storage_account"), List.of()),
      // Database server firewall rules, which a server without public network access ignores.
      tf("azurerm_mssql_firewall_rule", "server_id", Set.of("azurerm_mssql_server"), List.of()),
      tf("azurerm_postgresql_flexible_server_firewall_rule", "server_id",
          Set.of("azurerm_postgresql_flexible_server"), List.of()),
      tf("azurerm_mysql_flexible_server_firewall_rule", "server_name", Set.of("azurerm_mysql_flexible_server"),
          List.of("name")),
      tf("azurerm_postgresql_firewall_rule", "server_name", Set.of("azurerm_postgresql_server"), List.of("name")),
      tf("azurerm_mysql_firewall_rule", "server_name", Set.of("azurerm_mysql_server"), List.of("name")),
      tf("azurerm_mariadb_firewall_rule", "server_name", Set.of("azurerm_mariadb_server"), List.of("name")),
      tf("google_storage_bucket_iam_member", "bucket", Set.of("google_storage_bucket"), List.of("name")),
      tf("google_storage_bucket_iam_binding", "bucket", Set.of("google_storage_bucket"), List.of("name")),
      tf("google_storage_bucket_iam_policy", "bucket", Set.of("google_storage_bucket"), List.of("name")),
      tf("google_storage_bucket_access_control", "bucket", Set.of("google_storage_bucket"), List.of("name")),
      tf("google_storage_default_object_access_control", "bucket", Set.of("google_storage_bucket"), List.of("name")),
      tf("google_storage_object_access_control", "bucket", Set.of("google_storage_bucket"), List.of("name")),
      tf("google_storage_bucket_acl", "bucket", Set.of("google_storage_bucket"), List.of("name")),
      tf("google_storage_default_object_acl", "bucket", Set.of("google_storage_bucket"), List.of("name")),
      tf("google_storage_object_acl", "bucket", Set.of("google_storage_bucket"), List.of("name")),
      cfn("AWS::S3::BucketPolicy", "Bucket", Set.of("AWS::S3::Bucket"), List.of("BucketName")),
      cfn("AWS::EC2::SecurityGroupIngress", "GroupId", Set.of("AWS::EC2::SecurityGroup"), List.of()),
      cfn("AWS::EC2::SecurityGroupIngress", "GroupName", Set.of("AWS::EC2::SecurityGroup"), List.of("GroupName")),
      cfn("AWS::EC2::SecurityGroupEgress", "GroupId", Set.of("AWS::EC2::SecurityGroup"), List.of()),
      cfn("AWS::EC2::NetworkAclEntry", "NetworkAclId", Set.of("AWS::EC2::NetworkAcl"), List.of()));

  private SplitResourceLinker() {}

  private static Link tf(String part, String attribute, Set<String> wholes, List<String> names) {
    return new Link(SourceFormat.TERRAFORM, part, attribute, wholes, names);
  }

  private static Link cfn(String part, String attribute, Set<String> wholes, List<String> names) {
    return new Link(SourceFormat.CLOUDFORMATION, part, attribute, wholes, names);
  }

  /** {@link #LINKS} by part type: each node is looked up once instead of compared with every row. */
  private static final Map<String, List<Link>> LINKS_BY_PART = new HashMap<>();

  static {
    for (Link link : LINKS) {
      LINKS_BY_PART.computeIfAbsent(link.partType(), t -> new ArrayList<>()).add(link);
    }
  }

  /** Every type some link names as a whole. */
  private static final Set<String> WHOLE_TYPES = new HashSet<>();

  static {
    LINKS.forEach(link -> WHOLE_TYPES.addAll(link.wholeTypes()));
  }

  /** Adds the {@code PART_OF} edges of every known split to {@code graph}. */
  public static void link(ResourceGraph.Builder graph) {
    // Only parts and wholes matter, a small share of a graph: index those alone, once.
    List<Node> nodes = new ArrayList<>();
    List<Node> parts = new ArrayList<>();
    Map<String, List<Node>> byType = new HashMap<>();
    for (Node n : graph.nodes()) {
      if (LINKS_BY_PART.containsKey(n.type())) {
        parts.add(n);
      }
      if (WHOLE_TYPES.contains(n.type())) {
        nodes.add(n);
        byType.computeIfAbsent(n.type(), t -> new ArrayList<>()).add(n);
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    for (Node part : parts) {
      for (Link link : LINKS_BY_PART.get(part.type())) {
        if (link.format() == part.format()) {
          // A copy: linking adds edges that leave the part.
          linkPart(graph, part, link, nodes, byType, List.copyOf(graph.outgoing(part)));
        }
      }
    }
  }

  private static void linkPart(ResourceGraph.Builder graph, Node part, Link link, List<Node> nodes,
      Map<String, List<Node>> byType, List<Edge> partEdges) {
    boolean linked = false;
    for (Edge e : partEdges) {
      if (e.kind() == EdgeKind.REFERENCE && isAttribute(e.attribute(), link.partAttribute())
          && link.wholeTypes().contains(e.to().type())) {
        graph.addEdge(new Edge(part, e.to(), EdgeKind.PART_OF, link.partAttribute(), e.range()));
        linked = true;
      }
    }
    if (linked || link.wholeNameAttributes().isEmpty()) {
      return;
    }
    Value name = part.config().get(link.partAttribute());
    String literal = name instanceof StringValue s ? s.value() : null;
    String expression = literal == null && name != null && !name.isKnown() ? sourceText(name) : null;
    if (literal == null && expression == null) {
      return;
    }
    for (Node whole : wholesOf(link, nodes, byType)) {
      if (whole.format() == part.format() && sameScope(part, whole)
          && (literal != null ? hasName(whole, link.wholeNameAttributes(), literal)
              : whole.file() == part.file() && hasExpression(whole, link.wholeNameAttributes(), expression))) {
        graph.addEdge(new Edge(part, whole, EdgeKind.PART_OF, link.partAttribute(),
            part.config().memberRange(link.partAttribute())));
      }
    }
  }

  /** The nodes of the link's whole types, in graph order. */
  private static List<Node> wholesOf(Link link, List<Node> nodes, Map<String, List<Node>> byType) {
    if (link.wholeTypes().size() == 1) {
      return byType.getOrDefault(link.wholeTypes().iterator().next(), List.of());
    }
    List<Node> wholes = new ArrayList<>();
    for (Node n : nodes) {
      if (link.wholeTypes().contains(n.type())) {
        wholes.add(n);
      }
    }
    return wholes;
  }

  /** {@code bucket}, {@code bucket[0]} and {@code bucket.id} all are the attribute {@code bucket}. */
  private static boolean isAttribute(String path, String attribute) {
    return path.equals(attribute) || path.startsWith(attribute + ".") || path.startsWith(attribute + "[");
  }

  /**
   * Literal names only match within one configuration: the same Terraform module instance or the
   * same template. Loaders say which with the {@code scope} property; without it, the same file.
   */
  private static boolean sameScope(Node a, Node b) {
    String sa = a.property(Node.SCOPE);
    String sb = b.property(Node.SCOPE);
    return sa != null && sb != null ? sa.equals(sb) : a.file() == b.file();
  }

  /**
   * Whether one of the whole's name attributes is unknown too and written as the same expression in
   * the same file ({@code !Sub ${AppName}-logs-${AWS::AccountId}} as both a bucket's {@code
   * BucketName} and a policy's {@code Bucket}): the same expression evaluates to the same name.
   */
  private static boolean hasExpression(Node whole, List<String> attributes, String expression) {
    for (String attribute : attributes) {
      Value v = whole.config().get(attribute);
      if (v != null && !v.isKnown() && expression.equals(sourceText(v))) {
        return true;
      }
    }
    return false;
  }

  /** The source text a value was written as, or {@code null} when it has no usable range. */
  private static String sourceText(Value v) {
    SourceRange r = v.range();
    if (r == null || r.endOffset() <= r.startOffset()) {
      return null;
    }
    String text = r.file().text();
    try {
      int start = text.offsetByCodePoints(0, r.startOffset());
      int end = text.offsetByCodePoints(start, r.endOffset() - r.startOffset());
      String written = text.substring(start, end).strip();
      return written.isEmpty() ? null : written;
    } catch (IndexOutOfBoundsException e) {
      return null;
    }
  }

  private static boolean hasName(Node whole, List<String> attributes, String name) {
    for (String attribute : attributes) {
      Value v = whole.config().get(attribute);
      if (v instanceof StringValue s && s.value().equals(name)) {
        return true;
      }
      if (v instanceof ListValue l && l.elements().stream()
          .anyMatch(e -> e instanceof StringValue s && s.value().equals(name))) {
        return true;
      }
    }
    return false;
  }
}
