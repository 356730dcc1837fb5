package dev.iaclint.rules.aws.docdb;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Attributes;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

@RuleInfo(
    id = "IAC-AWS-DOCDB-002",
    title = "DocumentDB cluster parameter group disables TLS",
    severity = Severity.HIGH,
    category = Category.ENCRYPTION_IN_TRANSIT,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_docdb_cluster", "aws_docdb_cluster_parameter_group", "AWS::DocDB::DBCluster",
        "AWS::DocDB::DBClusterParameterGroup"},
    description = """
        With the cluster parameter tls set to disabled, a DocumentDB cluster accepts unencrypted
        connections, so credentials and documents cross the network in clear text. TLS is enabled in
        the default parameter group; a custom aws_docdb_cluster_parameter_group
        (AWS::DocDB::DBClusterParameterGroup) can turn it off. The cluster is judged with the group its
        db_cluster_parameter_group_name (DBClusterParameterGroupName) names, by reference or by the
        group's literal name; a group no cluster of the configuration uses is judged on its own.
        Catalog: EIT-007.""",
    remediation = """
        Set the parameter tls to enabled (or tls1.2+, tls1.3+) in the cluster parameter group, or use the
        default parameter group, and connect with TLS; the change applies after a reboot.""",
    links = {"https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster_parameter_group",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-docdb-dbclusterparametergroup.html"},
    checkov = {"CKV_AWS_90"})
public final class TlsDisabledRule extends AnnotatedResourceRule {
  private static final String TF_CLUSTER = "aws_docdb_cluster";
  private static final String TF_GROUP = "aws_docdb_cluster_parameter_group";
  private static final String CFN_CLUSTER = "AWS::DocDB::DBCluster";
  private static final String CFN_GROUP = "AWS::DocDB::DBClusterParameterGroup";

  @Override
  public CheckResult check(Node node, RuleContext context) {
    ResourceGraph graph = context.graph();
    boolean terraform = node.format() == SourceFormat.TERRAFORM;
    if (node.type().equals(TF_GROUP) || node.type().equals(CFN_GROUP)) {
      for (Node cluster : graph.ofType(terraform ? TF_CLUSTER : CFN_CLUSTER)) {
        if (groupsOf(cluster, graph).contains(node)) {
          return CheckResult.pass(); // judged with its cluster
        }
      }
      return judge(node, node);
    }
    List<Failure> failures = new ArrayList<>();
    CheckResult undecided = null;
    for (Node group : groupsOf(node, graph)) {
      CheckResult r = judge(node, group);
      if (r instanceof CheckResult.Fail f) {
        failures.addAll(f.failures());
      } else if (r instanceof CheckResult.Indeterminate && undecided == null) {
        undecided = r;
      }
    }
    if (!failures.isEmpty()) {
      return CheckResult.fail(failures);
    }
    return undecided != null ? undecided : CheckResult.pass();
  }

  /** The parameter groups of the configuration that the cluster names. */
  private static List<Node> groupsOf(Node cluster, ResourceGraph graph) {
    boolean terraform = cluster.format() == SourceFormat.TERRAFORM;
    String attribute = terraform ? "db_cluster_parameter_group_name" : "DBClusterParameterGroupName";
    String type = terraform ? TF_GROUP : CFN_GROUP;
    List<Node> groups = new ArrayList<>(graph.referencedAt(cluster, attribute, type));
    if (groups.isEmpty() && cluster.config().get(attribute) instanceof StringValue name) {
      for (Node g : graph.ofType(type)) {
        Value groupName = g.config().get(terraform ? "name" : "Name");
        if (groupName instanceof StringValue s && s.value().equalsIgnoreCase(name.value()) && sameScope(cluster, g)) {
          groups.add(g);
        }
      }
    }
    return groups;
  }

  /** Whether {@code group} sets tls to disabled; reported on {@code judged}. */
  private static CheckResult judge(Node judged, Node group) {
    boolean terraform = group.format() == SourceFormat.TERRAFORM;
    List<Slot> values = new ArrayList<>();
    if (terraform) {
      for (Slot p : Attributes.slots(group, "parameter")) {
        if (p.isUnknown()) {
          return CheckResult.indeterminate("the parameters of the cluster parameter group are not known: "
              + p.unknown().reason(), p.location());
        }
      }
      for (Value p : Values.elements(group.config().get("parameter"))) {
        if (p instanceof MapValue m && m.get("name") instanceof StringValue n
            && n.value().equalsIgnoreCase("tls")) {
          Value v = m.get("value");
          values.add(new Slot("parameter.value", v, v != null ? m.memberRange("value") : p.range()));
        }
      }
    } else {
      values.add(Attributes.first(group, "Parameters.tls"));
    }
    for (Slot v : values) {
      if (v.isUnknown()) {
        return CheckResult.indeterminate("the tls parameter is not known: " + v.unknown().reason(), v.location());
      }
      if (v.isKnown() && "disabled".equals(String.valueOf(v.asString()).toLowerCase(Locale.ROOT))) {
        String where = judged == group ? "" : " in " + group.address();
        return CheckResult.fail(Failure.at(v.location(), "DocumentDB TLS is disabled: the parameter tls = disabled"
            + where + v.originNote(), judged == group ? v.path() : group.address() + "." + v.path())
            .withRelated(v.related()));
      }
    }
    return CheckResult.pass();
  }

  private static boolean sameScope(Node a, Node b) {
    String sa = a.property(Node.SCOPE);
    String sb = b.property(Node.SCOPE);
    return sa != null && sb != null ? sa.equals(sb) : Objects.equals(a.file(), b.file());
  }
}
