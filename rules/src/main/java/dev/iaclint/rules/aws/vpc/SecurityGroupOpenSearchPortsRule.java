package dev.iaclint.rules.aws.vpc;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.net.PortRange;
import dev.iaclint.core.net.Protocol;
import dev.iaclint.core.net.SecurityGroupRule;
import dev.iaclint.core.net.SecurityGroups;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.rules.net.ServicePorts;
import java.util.List;

@RuleInfo(
    id = "IAC-AWS-VPC-001",
    title = "Security group allows Elasticsearch/OpenSearch or Kibana ports from anywhere",
    severity = Severity.HIGH,
    category = Category.NETWORK_ACL,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_security_group", "aws_default_security_group", "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"},
    kics = {"381c3f2a-ef6f-4eff-99f7-b169cda3422c"},
    description = "An ingress rule from 0.0.0.0/0 or ::/0 whose TCP ports include 9200 (Elasticsearch/OpenSearch "
        + "REST API), 9300 (node transport) or 5601 (Kibana / OpenSearch Dashboards) puts a search cluster on the "
        + "internet, where clusters are found by scanners within hours and their data read or wiped. A managed "
        + "OpenSearch/Elasticsearch domain in a VPC serves its API on 443, so a group attached to a domain "
        + "(vpc_options.security_group_ids, VPCOptions.SecurityGroupIds, also through variables and module "
        + "arguments) must not admit 443 from anywhere either. A rule that opens every port is reported by "
        + "IAC-AWS-VPC-003 instead. Catalog: NET-001.",
    remediation = "Admit the search ports only from the clients that need them: the application's security "
        + "group, the VPC range, a VPN range or a managed prefix list. Put Kibana/Dashboards behind "
        + "authentication (Cognito, SAML, a reverse proxy) rather than an open port.",
    links = {
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html",
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-basic-setup.html",
        "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#vpc_options",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-vpcoptions.html"})
public final class SecurityGroupOpenSearchPortsRule extends AnnotatedResourceRule {
  private static final String[] DOMAIN_TYPES = {"aws_elasticsearch_domain", "aws_opensearch_domain",
      "AWS::Elasticsearch::Domain", "AWS::OpenSearchService::Domain"};

  @Override
  public CheckResult check(Node node, RuleContext context) {
    Node domain = attachedDomain(node, context.graph());
    return OpenIngress.check(node, context.graph(),
        "Security group allows Elasticsearch/OpenSearch or Kibana ports from anywhere",
        rule -> searchPorts(rule, domain));
  }

  static OpenIngress.Match searchPorts(SecurityGroupRule rule, Node domain) {
    PortRange ports = rule.ports();
    if (ports == null) {
      return OpenIngress.Match.UNKNOWN;
    }
    if (ports.isAllPorts()) {
      return OpenIngress.Match.NO;
    }
    List<String> open = ServicePorts.search(ports);
    if (domain != null && ports.covers(443, Protocol.TCP)) {
      open.add("HTTPS (443) of " + domain.address());
    }
    return open.isEmpty() ? OpenIngress.Match.NO
        : new OpenIngress.Match(Tri.YES, String.join(", ", open) + " through " + ports);
  }

  /** A search domain whose VPC options use the group the node's rules belong to, or null. */
  static Node attachedDomain(Node node, ResourceGraph graph) {
    List<Node> groups = OpenIngress.groups(node, graph);
    if (groups.isEmpty()) {
      return null;
    }
    String[] groupTypes = SecurityGroups.GROUP_TYPES.toArray(String[]::new);
    for (Node domain : graph.ofType(DOMAIN_TYPES)) {
      String attribute = domain.format() == SourceFormat.CLOUDFORMATION ? "VPCOptions.SecurityGroupIds"
          : "vpc_options.security_group_ids";
      for (Node g : graph.referencedAt(domain, attribute, groupTypes)) {
        if (groups.contains(g)) {
          return domain;
        }
      }
    }
    return null;
  }
}
