package dev.iaclint.rules.aws.es;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.policy.PolicyAnalysis;
import dev.iaclint.core.rule.AnnotatedResourceRule;
import dev.iaclint.core.rule.Category;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.RuleInfo;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.rules.aws.PolicySource;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "IAC-AWS-ES-001",
    title = "OpenSearch/Elasticsearch domain access policy allows anonymous access",
    severity = Severity.CRITICAL,
    category = Category.PUBLIC_EXPOSURE,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_elasticsearch_domain", "aws_opensearch_domain", "AWS::Elasticsearch::Domain",
        "AWS::OpenSearchService::Domain", "aws_elasticsearch_domain_policy", "aws_opensearch_domain_policy"},
    description = """
        The domain's resource-based access policy has an Allow statement for everyone (Principal "*",
        {"AWS": "*"}, a list holding "*", or NotPrincipal) with no condition narrowing it to specific
        callers or networks (aws:SourceIp, aws:SourceVpc, aws:SourceVpce, aws:PrincipalOrgID,
        aws:PrincipalAccount, aws:SourceAccount, aws:SourceArn, aws:PrincipalArn …; a condition
        that admits any value, such as aws:SourceIp 0.0.0.0/0, narrows nothing). Unsigned requests
        are then accepted. The policy is read wherever it is written: access_policies (jsonencode,
        heredoc, data.aws_iam_policy_document), a linked aws_elasticsearch_domain_policy /
        aws_opensearch_domain_policy, or CloudFormation AccessPolicies.
        CRITICAL when the domain has a public endpoint (no VPC options), HIGH inside a VPC, and
        MEDIUM when fine-grained access control is enabled without anonymous authentication: AWS
        recommends an open domain policy with fine-grained access control, which still requires
        credentials. Catalog: PUB-001.""",
    remediation = """
        Name the principals that need the domain (IAM roles or users), or add a Condition such as
        IpAddress aws:SourceIp for known networks; better, place the domain in a VPC and enable
        fine-grained access control.""",
    links = {"https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html#fgac-recommendations",
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain_policy"},
    kics = {"e7530c3c-b7cf-4149-8db9-d037a0b5268e", "5c666ed9-b586-49ab-9873-c495a833b705",
        "16c4216a-50d3-4785-bfb2-4adb5144a8ba"})
public final class PublicAccessPolicyRule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node node, RuleContext context) {
    if (SearchDomains.POLICY_TYPES.contains(node.type())) {
      // A policy whose domain is in the configuration is judged with the domain.
      if (!context.graph().wholes(node).isEmpty()) {
        return CheckResult.pass();
      }
      return judge(node, null, context);
    }
    return judge(node, node, context);
  }

  private CheckResult judge(Node node, Node domain, RuleContext context) {
    List<PolicySource> sources = new ArrayList<>();
    if (domain != null) {
      sources.addAll(SearchDomains.policies(domain, context.graph()));
    } else {
      SearchDomains.addTerraform(node, context.graph(), sources);
    }
    List<Failure> failures = new ArrayList<>();
    CheckResult undecided = null;
    for (PolicySource source : sources) {
      PolicyAnalysis.PublicAccess access = PolicyAnalysis.publicAccess(source.document());
      if (access.verdict() == Tri.UNKNOWN && undecided == null) {
        undecided = CheckResult.indeterminate("cannot tell whether the access policy is public: " + access.reason(),
            source.unknownLocation(access.unknownAt()));
      }
      for (PolicyAnalysis.PublicStatement s : access.statements()) {
        Severity severity;
        String context2;
        if (domain == null) {
          severity = Severity.HIGH;
          context2 = "the domain is not in this configuration, so whether it has a public endpoint is not known";
        } else if (SearchDomains.fineGrainedAccessControl(domain) == Tri.YES
            && SearchDomains.anonymousAuth(domain) == Tri.NO) {
          severity = Severity.MEDIUM;
          context2 = "fine-grained access control still requires credentials";
        } else if (SearchDomains.inVpc(domain) == Tri.NO) {
          severity = Severity.CRITICAL;
          context2 = "the domain has a public endpoint, so anyone on the internet can call it";
        } else {
          severity = Severity.HIGH;
          context2 = "anyone who can reach the domain's endpoint can call it";
        }
        failures.add(Failure.at(source.locationOf(s),
                "Domain " + SearchDomains.describe(s, source) + "; " + context2 + source.originNote(),
                source.attributePath(node))
            .withSeverity(severity)
            .withRelated(source.related()));
      }
    }
    if (!failures.isEmpty()) {
      return CheckResult.fail(failures);
    }
    return undecided != null ? undecided : CheckResult.pass();
  }
}
