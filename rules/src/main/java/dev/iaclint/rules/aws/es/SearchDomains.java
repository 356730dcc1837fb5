package dev.iaclint.rules.aws.es;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.policy.PolicyAnalysis;
import dev.iaclint.core.rule.Attributes;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.rules.aws.PolicySource;
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
      PolicySource own = PolicySource.cloudFormation(domain, "AccessPolicies");
      if (own != null) {
        sources.add(own);
      }
    }
    return sources;
  }

  /** {@code access_policies} of a domain or domain-policy resource, when set. */
  static void addTerraform(Node node, ResourceGraph graph, List<PolicySource> out) {
    PolicySource source = PolicySource.terraform(node, "access_policies", graph);
    if (source != null) {
      out.add(source);
    }
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
