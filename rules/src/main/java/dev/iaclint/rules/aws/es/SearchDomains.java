package dev.iaclint.rules.aws.es;

import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.policy.PolicyAnalysis;
import dev.iaclint.core.policy.PolicyDocument;
import dev.iaclint.core.rule.Attributes;
import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.NullValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the Elasticsearch/OpenSearch rules ask of a domain, for both Terraform resource types and
 * both CloudFormation types, with its split-out access policies.
 */
final class SearchDomains {
  static final Set<String> DOMAIN_TYPES = Set.of("aws_elasticsearch_domain", "aws_opensearch_domain",
      "AWS::Elasticsearch::Domain", "AWS::OpenSearchService::Domain");
  static final Set<String> POLICY_TYPES = Set.of("aws_elasticsearch_domain_policy", "aws_opensearch_domain_policy");

  private SearchDomains() {}

  /**
   * One place a domain's access policy is written.
   *
   * @param positioned whether statements carry their own positions (a map or policy-document
   *     blocks); otherwise findings go to {@code attributeLocation}
   * @param attributeLocation the attribute that holds the policy ({@code access_policies = …})
   */
  record PolicySource(Node declaredIn, PolicyDocument document, boolean positioned, SourceRange attributeLocation,
      List<RelatedLocation> related, String originNote) {

    /** Where a finding about a public statement goes. */
    SourceRange locationOf(PolicyAnalysis.PublicStatement s) {
      return positioned ? s.location() : attributeLocation;
    }
  }

  static boolean isTerraform(Node n) {
    return n.format() == SourceFormat.TERRAFORM;
  }

  /**
   * The domain's access policies: its own {@code access_policies} / {@code AccessPolicies}, and
   * those of linked {@code aws_elasticsearch_domain_policy} / {@code aws_opensearch_domain_policy}
   * resources (which replace it when both are set; both are judged).
   */
  static List<PolicySource> policies(Node domain, ResourceGraph graph) {
    List<PolicySource> sources = new ArrayList<>();
    if (isTerraform(domain)) {
      addTerraform(domain, graph, sources);
      for (Node part : graph.parts(domain, POLICY_TYPES.toArray(String[]::new))) {
        addTerraform(part, graph, sources);
      }
    } else {
      Value v = domain.config().get("AccessPolicies");
      if (v != null && !(v instanceof NullValue)) {
        sources.add(new PolicySource(domain, PolicyDocument.of(v), !(v instanceof dev.iaclint.core.value.StringValue),
            domain.config().memberRange("AccessPolicies"), Values.origins(v), Values.originNote(v)));
      }
    }
    return sources;
  }

  /**
   * {@code access_policies} of a domain or domain-policy resource. When it is the {@code json} of
   * a {@code data "aws_iam_policy_document"}, the data source's statement blocks are read instead,
   * so that findings point at the statement that admits everyone.
   */
  static void addTerraform(Node node, ResourceGraph graph, List<PolicySource> out) {
    Value v = node.config().get("access_policies");
    if (v == null || v instanceof NullValue) {
      return;
    }
    SourceRange at = node.config().memberRange("access_policies");
    Node data = policyDocumentData(node, graph);
    if (data != null) {
      PolicyDocument blocks = PolicyDocument.fromPolicyDocumentBlocks(data.config());
      if (blocks != null) {
        out.add(new PolicySource(node, blocks, true, at, List.of(), ""));
        return;
      }
    }
    out.add(new PolicySource(node, PolicyDocument.of(v), false, at, Values.origins(v), Values.originNote(v)));
  }

  private static Node policyDocumentData(Node node, ResourceGraph graph) {
    Node found = null;
    for (Edge e : graph.outgoing(node)) {
      if (e.kind() == EdgeKind.REFERENCE && e.to().type().equals("aws_iam_policy_document")
          && (e.attribute().equals("access_policies") || e.attribute().startsWith("access_policies."))) {
        if (found != null && found != e.to()) {
          return null;
        }
        found = e.to();
      }
    }
    return found;
  }

  /** Whether the domain has VPC options (and so no public endpoint). */
  static Tri inVpc(Node domain) {
    return Attributes.isSet(domain, isTerraform(domain) ? "vpc_options" : "VPCOptions");
  }

  /** Whether fine-grained access control is on (off when its block is missing). */
  static Tri fineGrainedAccessControl(Node domain) {
    return Attributes.isTrue(domain, isTerraform(domain) ? "advanced_security_options.enabled"
        : "AdvancedSecurityOptions.Enabled", false);
  }

  /** Whether fine-grained access control lets anonymous requests in. */
  static Tri anonymousAuth(Node domain) {
    return Attributes.isTrue(domain, isTerraform(domain) ? "advanced_security_options.anonymous_auth_enabled"
        : "AdvancedSecurityOptions.AnonymousAuthEnabled", false);
  }

  /** Whether Amazon Cognito authentication is on (for OpenSearch Dashboards / Kibana). */
  static Tri cognito(Node domain) {
    return Attributes.isTrue(domain, isTerraform(domain) ? "cognito_options.enabled" : "CognitoOptions.Enabled",
        false);
  }

  /** "statement 'Public' of access_policies admits anyone (Principal "*")" */
  static String describe(PolicyAnalysis.PublicStatement s, PolicySource source) {
    String who = s.statement().notPrincipal() != null ? "everyone not named in NotPrincipal"
        : "anyone (Principal \"*\")";
    String where = source.declaredIn().type().endsWith("_domain_policy")
        ? " of " + source.declaredIn().address() : "";
    return "access policy " + s.describe() + where + " allows " + who
        + " with no condition limiting who or from where";
  }
}
