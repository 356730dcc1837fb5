package dev.iaclint.rules.gcp.gcs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The role grants a {@code google_storage_bucket_iam_member}, {@code _iam_binding} or {@code
 * _iam_policy} writes: one {@link Grant} per member, placed where the member is written. A policy's
 * {@code policy_data} is read from the {@code binding} blocks of the {@code data
 * "google_iam_policy"} it names (its rendered JSON is known only to the provider), or else parsed
 * as the JSON string it evaluated to.
 */
final class BucketIamGrants {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BucketIamGrants() {}

  /**
   * One member granted a role.
   *
   * @param member the member as written (a string, or an unknown)
   * @param location where a finding about it goes
   * @param path the attribute path of the member, for the finding
   */
  record Grant(Value role, Value member, SourceRange location, String path) {}

  /** What a node grants, or an unknown saying why it cannot be read. */
  record Read(List<Grant> grants, UnknownValue unknown) {}

  static Read of(Node node, ResourceGraph graph) {
    List<Grant> grants = new ArrayList<>();
    MapValue config = node.config();
    switch (node.type()) {
      case "google_storage_bucket_iam_member" -> addMember(config, config.get("role"), "member", "", node, grants);
      case "google_storage_bucket_iam_binding" -> addMember(config, config.get("role"), "members", "", node, grants);
      default -> {
        Node data = policyData(node, graph);
        if (data != null) {
          List<Value> bindings = Values.elements(data.config().get("binding"));
          for (int i = 0; i < bindings.size(); i++) {
            if (bindings.get(i) instanceof MapValue b) {
              addMember(b, b.get("role"), "members", data.address() + ".binding[" + i + "].", data, grants);
            }
          }
          return new Read(grants, null);
        }
        Value policy = config.get("policy_data");
        if (policy instanceof UnknownValue u) {
          return new Read(grants, u);
        }
        if (policy instanceof StringValue s) {
          return fromJson(s, config.memberRange("policy_data"));
        }
      }
    }
    return new Read(grants, null);
  }

  /** {@code member = "allUsers"} or {@code members = [...]} of a resource or a binding block. */
  private static void addMember(MapValue block, Value role, String key, String prefix, Node node, List<Grant> out) {
    Value v = block.get(key);
    if (v == null) {
      return;
    }
    SourceRange attribute = block.memberRange(key);
    if (v instanceof UnknownValue) {
      out.add(new Grant(role, v, attribute, prefix + key));
      return;
    }
    List<Value> members = Values.elements(v);
    boolean list = !(v instanceof StringValue);
    for (int i = 0; i < members.size(); i++) {
      Value m = members.get(i);
      // An element set through a variable is written elsewhere: point at the attribute here.
      SourceRange at = list && m.range() != null && m.range().file() == node.file() ? m.range() : attribute;
      out.add(new Grant(role, m, at, prefix + key + (list ? "[" + i + "]" : "")));
    }
  }

  /** The {@code data "google_iam_policy"} whose {@code policy_data} this policy resource uses, if one. */
  private static Node policyData(Node node, ResourceGraph graph) {
    Node found = null;
    for (Edge e : graph.outgoing(node)) {
      if (e.kind() == EdgeKind.REFERENCE && e.to().type().equals("google_iam_policy")
          && (e.attribute().equals("policy_data") || e.attribute().startsWith("policy_data."))) {
        if (found != null && found != e.to()) {
          return null;
        }
        found = e.to();
      }
    }
    return found;
  }

  /** {@code {"bindings": [{"role": …, "members": [...]}]}}; positions inside the string are not known. */
  private static Read fromJson(StringValue policy, SourceRange at) {
    JsonNode tree;
    try {
      tree = JSON.readTree(policy.value());
    } catch (JsonProcessingException e) {
      return new Read(List.of(), new UnknownValue("policy_data is not valid JSON", at));
    }
    List<Grant> grants = new ArrayList<>();
    JsonNode bindings = tree == null ? null : tree.get("bindings");
    if (bindings != null && bindings.isArray()) {
      for (int i = 0; i < bindings.size(); i++) {
        JsonNode b = bindings.get(i);
        JsonNode role = b.get("role");
        JsonNode members = b.get("members");
        if (members == null || !members.isArray()) {
          continue;
        }
        for (int j = 0; j < members.size(); j++) {
          grants.add(new Grant(role != null && role.isTextual() ? new StringValue(role.asText(), at) : null,
              new StringValue(members.get(j).asText(), at), at,
              "policy_data.bindings[" + i + "].members[" + j + "]"));
        }
      }
    }
    return new Read(grants, null);
  }
}
