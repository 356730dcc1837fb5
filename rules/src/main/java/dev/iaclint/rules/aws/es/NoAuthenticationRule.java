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
    id = "IAC-AWS-ES-006",
    title = "OpenSearch/Elasticsearch domain has no authentication at all",
    severity = Severity.CRITICAL,
    category = Category.AUTHENTICATION,
    formats = {SourceFormat.TERRAFORM, SourceFormat.CLOUDFORMATION},
    types = {"aws_elasticsearch_domain", "aws_opensearch_domain", "AWS::Elasticsearch::Domain",
        "AWS::OpenSearchService::Domain"},
    description = """
        Three things that could each ask who is calling are all missing: the access policy lets
        everyone in (as IAC-AWS-ES-001 reports), fine-grained access control is off (no users or
        roles), and Amazon Cognito authentication is not enabled. Anyone who reaches the endpoint
        can read, write and delete every index. This is how search clusters full of logs, keys and
        personal data end up in breach reports. Catalog: AUTH-003 (composite of PUB-001 and
        AUTH-001).""",
    remediation = """
        Restrict the access policy to named principals or source networks, and enable fine-grained
        access control (advanced_security_options { enabled = true }) with an IAM master user or
        the internal user database; Cognito or SAML for the dashboards.""",
    links = {"https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/cognito-auth.html"})
public final class NoAuthenticationRule extends AnnotatedResourceRule {

  @Override
  public CheckResult check(Node domain, RuleContext context) {
    Tri fgac = SearchDomains.fineGrainedAccessControl(domain);
    Tri cognito = SearchDomains.cognito(domain);
    if (fgac == Tri.YES || cognito == Tri.YES) {
      return CheckResult.pass();
    }
    List<Failure> failures = new ArrayList<>();
    String undecided = null;
    dev.iaclint.core.source.SourceRange undecidedAt = null;
    for (PolicySource source : SearchDomains.policies(domain, context.graph())) {
      PolicyAnalysis.PublicAccess access = PolicyAnalysis.publicAccess(source.document());
      if (access.verdict() == Tri.UNKNOWN && undecided == null) {
        undecided = "cannot tell whether the access policy is public: " + access.reason();
        undecidedAt = source.unknownLocation(access.unknownAt());
      }
      for (PolicyAnalysis.PublicStatement s : access.statements()) {
        failures.add(Failure.at(source.locationOf(s), "Domain has no authentication: "
                + SearchDomains.describe(s, source) + ", fine-grained access control is off and Cognito"
                + " authentication is not enabled" + source.originNote(),
                source.attributePath(domain))
            .withRelated(source.related()));
      }
    }
    if (failures.isEmpty()) {
      return undecided != null ? CheckResult.indeterminate(undecided, undecidedAt) : CheckResult.pass();
    }
    if (fgac == Tri.UNKNOWN || cognito == Tri.UNKNOWN) {
      String what = fgac == Tri.UNKNOWN ? "whether fine-grained access control is enabled"
          : "whether Cognito authentication is enabled";
      return CheckResult.indeterminate("the access policy is public, but " + what + " is not known",
          failures.get(0).location());
    }
    return CheckResult.fail(failures);
  }
}
