package dev.iaclint.rules.aws.vpc;

import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.net.NetworkAclEntry;
import dev.iaclint.core.net.NetworkAcls;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The network ACL entries a node is judged on. An ACL is judged on all of its entries (inline and
 * linked rule resources). An entry resource whose ACL is not in the configuration ({@code
 * network_acl_id = var.acl_id}) is judged with the other such entries of the same ACL, and reports
 * only its own findings, so that each entry is reported once.
 */
final class AclEntries {
  private AclEntries() {}

  /** The entries {@code node} is judged on; empty for an entry judged with its ACL. */
  static List<NetworkAclEntry> of(Node node, ResourceGraph graph) {
    if (NetworkAcls.ACL_TYPES.contains(node.type())) {
      return NetworkAcls.entries(node, graph);
    }
    if (!graph.wholes(node).isEmpty()) {
      return List.of();
    }
    List<NetworkAclEntry> result = new ArrayList<>();
    Set<Node> targets = aclTargets(node, graph);
    Value name = node.config().get(aclAttribute(node));
    for (Node other : graph.ofType(node.type())) {
      if (other == node || (graph.wholes(other).isEmpty() && sameAcl(node, targets, name, other, graph))) {
        NetworkAclEntry e = NetworkAcls.entry(other);
        if (e != null) {
          result.add(e);
        }
      }
    }
    return result;
  }

  /** Whether {@code e} is reported when {@code node} is judged. */
  static boolean reportedBy(Node node, NetworkAclEntry e) {
    return NetworkAcls.ACL_TYPES.contains(node.type()) || e.declaredIn() == node;
  }

  private static String aclAttribute(Node entry) {
    return entry.format() == SourceFormat.CLOUDFORMATION ? "NetworkAclId" : "network_acl_id";
  }

  /** What the entry's ACL id refers to (a variable, a data source, another module's output …). */
  private static Set<Node> aclTargets(Node entry, ResourceGraph graph) {
    Set<Node> targets = new HashSet<>();
    for (Edge e : graph.outgoing(entry)) {
      if (e.kind() == EdgeKind.REFERENCE && e.attribute().startsWith(aclAttribute(entry))) {
        targets.add(e.to());
      }
    }
    return targets;
  }

  private static boolean sameAcl(Node entry, Set<Node> targets, Value name, Node other, ResourceGraph graph) {
    if (!Objects.equals(entry.property(Node.SCOPE), other.property(Node.SCOPE))) {
      return false;
    }
    if (!targets.isEmpty()) {
      Set<Node> otherTargets = aclTargets(other, graph);
      return otherTargets.equals(targets);
    }
    return name instanceof StringValue s && other.config().get(aclAttribute(other)) instanceof StringValue o
        && s.value().equals(o.value());
  }
}
