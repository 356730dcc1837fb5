package dev.iaclint.rules.aws;

import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.policy.PolicyAnalysis;
import dev.iaclint.core.policy.PolicyDocument;
import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.StringValue;
import dev.iaclint.core.value.Value;
import java.util.List;

/**
 * One place a resource-based policy is written (a domain's {@code access_policies}, a bucket
 * policy's {@code policy}, CloudFormation {@code AccessPolicies} / {@code PolicyDocument}), read
 * into the one policy model.
 *
 * @param declaredIn the resource that holds the policy
 * @param attribute the attribute that holds it
 * @param positioned whether statements carry their own positions (a map or policy-document
 *     blocks); otherwise findings go to {@code attributeLocation}
 * @param attributeLocation the attribute as written ({@code policy = …})
 * @param related where the policy's value was set, when it came through variables or parameters
 * @param originNote the same as a message suffix, or ""
 */
public record PolicySource(Node declaredIn, String attribute, PolicyDocument document, boolean positioned,
    SourceRange attributeLocation, List<RelatedLocation> related, String originNote) {

  /** Where a finding about a statement goes. */
  public SourceRange locationOf(PolicyAnalysis.PublicStatement s) {
    return positioned && s.location() != null ? s.location() : attributeLocation;
  }

  /** Where an undecided answer about this policy points. */
  public SourceRange unknownLocation(SourceRange unknownAt) {
    return positioned && unknownAt != null ? unknownAt : attributeLocation;
  }

  /** {@code policy} of the resource itself, or {@code aws_s3_bucket_policy.x.policy} of a part. */
  public String attributePath(Node judged) {
    return declaredIn == judged ? attribute : declaredIn.address() + "." + attribute;
  }

  /**
   * The policy in a Terraform resource's {@code attribute}, or {@code null} when it is not set.
   * When the attribute is the {@code json} of one {@code data "aws_iam_policy_document"}, the data
   * source's statement blocks are read instead, so that findings point at the statement.
   */
  public static PolicySource terraform(Node node, String attribute, ResourceGraph graph) {
    Value v = node.config().get(attribute);
    if (v == null || v instanceof NullValue) {
      return null;
    }
    SourceRange at = node.config().memberRange(attribute);
    Node data = policyDocumentData(node, attribute, graph);
    if (data != null) {
      PolicyDocument blocks = PolicyDocument.fromPolicyDocumentBlocks(data.config());
      if (blocks != null) {
        return new PolicySource(node, attribute, blocks, true, at, List.of(), "");
      }
    }
    return new PolicySource(node, attribute, PolicyDocument.of(v), false, at, Values.origins(v), Values.originNote(v));
  }

  /** The policy in a CloudFormation property (a map, or a JSON string), or {@code null} when it is not set. */
  public static PolicySource cloudFormation(Node node, String property) {
    Value v = node.config().get(property);
    if (v == null || v instanceof NullValue) {
      return null;
    }
    return new PolicySource(node, property, PolicyDocument.of(v), !(v instanceof StringValue),
        node.config().memberRange(property), Values.origins(v), Values.originNote(v));
  }

  private static Node policyDocumentData(Node node, String attribute, ResourceGraph graph) {
    Node found = null;
    for (Edge e : graph.outgoing(node)) {
      if (e.kind() == EdgeKind.REFERENCE && e.to().type().equals("aws_iam_policy_document")
          && (e.attribute().equals(attribute) || e.attribute().startsWith(attribute + "."))) {
        if (found != null && found != e.to()) {
          return null;
        }
        found = e.to();
      }
    }
    return found;
  }
}
