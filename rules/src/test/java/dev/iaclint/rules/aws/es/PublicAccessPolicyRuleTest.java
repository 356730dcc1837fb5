package dev.iaclint.rules.aws.es;

import static dev.iaclint.rules.aws.es.EsRulesTesting.check;
import static dev.iaclint.rules.aws.es.EsRulesTesting.failures;
import static dev.iaclint.rules.aws.es.EsRulesTesting.passes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.testing.YamlGraph;
import org.junit.jupiter.api.Test;

class PublicAccessPolicyRuleTest {
  private static final String ID = "IAC-AWS-ES-001";
  private static final String OPEN = "'{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"es:*\"}]}'";

  @Test
  void anOpenPolicyOnAPublicEndpointIsCritical() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.logs:
          domain_name: logs
          access_policies: %s
        """.formatted(OPEN));

    Failure f = failures(ID, g, "aws_opensearch_domain.logs").get(0);

    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(f.location().startLine()).isEqualTo(3);
    assertThat(f.message()).isEqualTo("Domain access policy statement 1 allows anyone (Principal \"*\") with no"
        + " condition limiting who or from where; the domain has a public endpoint, so anyone on the internet"
        + " can call it");
  }

  @Test
  void insideAVpcItIsHighAndWithFineGrainedAccessControlMedium() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.vpc:
          vpc_options:
            - subnet_ids: [subnet-1]
          access_policies: %1$s
        aws_opensearch_domain.fgac:
          advanced_security_options:
            - enabled: true
          access_policies: %1$s
        aws_opensearch_domain.anonymous:
          advanced_security_options:
            - enabled: true
              anonymous_auth_enabled: true
          access_policies: %1$s
        """.formatted(OPEN));

    assertThat(failures(ID, g, "aws_opensearch_domain.vpc").get(0).severity()).isEqualTo(Severity.HIGH);
    assertThat(failures(ID, g, "aws_opensearch_domain.fgac").get(0).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(failures(ID, g, "aws_opensearch_domain.anonymous").get(0).severity()).isEqualTo(Severity.CRITICAL);
  }

  @Test
  void aNarrowedPolicyOrNoPolicyPasses() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.office:
          access_policies: '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"es:*",
            "Condition":{"IpAddress":{"aws:SourceIp":["198.51.100.0/24"]}}}]}'
        aws_opensearch_domain.none:
          domain_name: x
        """);

    passes(ID, g, "aws_opensearch_domain.office");
    passes(ID, g, "aws_opensearch_domain.none");
  }

  @Test
  void aSeparateDomainPolicyIsJudgedWithItsDomainAndPointsAtItself() {
    YamlGraph g = YamlGraph.terraform("""
        aws_elasticsearch_domain.logs:
          domain_name: logs
        aws_elasticsearch_domain_policy.logs:
          domain_name: logs
          access_policies: %s
        aws_elasticsearch_domain_policy.orphan:
          domain_name: elsewhere
          access_policies: %s
        """.formatted(OPEN, OPEN)).partOf("aws_elasticsearch_domain_policy.logs", "aws_elasticsearch_domain.logs");

    Failure f = failures(ID, g, "aws_elasticsearch_domain.logs").get(0);
    assertThat(f.location().startLine()).isEqualTo(5);
    assertThat(f.message()).contains("statement 1 of aws_elasticsearch_domain_policy.logs allows anyone");
    assertThat(f.attributePath()).isEqualTo("aws_elasticsearch_domain_policy.logs.access_policies");
    passes(ID, g, "aws_elasticsearch_domain_policy.logs");
    assertThat(failures(ID, g, "aws_elasticsearch_domain_policy.orphan").get(0).severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void aPolicyDocumentDataSourceIsReadAtItsStatementBlocks() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.logs:
          access_policies: !unknown data.aws_iam_policy_document.open.json is known only after apply
        data.aws_iam_policy_document.open @ aws_iam_policy_document:
          statement:
            - sid: Everyone
              actions: ["es:*"]
              principals:
                - type: AWS
                  identifiers: ["*"]
        """).edge("aws_opensearch_domain.logs", EdgeKind.REFERENCE, "data.aws_iam_policy_document.open",
        "access_policies");

    Failure f = failures(ID, g, "aws_opensearch_domain.logs").get(0);

    assertThat(f.location().startLine()).isEqualTo(7);
    assertThat(f.message()).contains("statement 'Everyone' allows anyone");
  }

  @Test
  void cloudFormationMapsPointAtThePrincipal() {
    YamlGraph g = YamlGraph.of(SourceFormat.CLOUDFORMATION, "template.yaml", """
        LogsDomain @ AWS::OpenSearchService::Domain:
          AccessPolicies:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Principal:
                  AWS: "*"
                Action: es:*
        """);

    Failure f = failures(ID, g, "LogsDomain").get(0);

    assertThat(f.location().startLine()).isEqualTo(6);
    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
  }

  @Test
  void anUnknownPolicyIsIndeterminate() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.logs:
          access_policies: !unknown var.policy has no value
        """);

    assertThat(check(ID, g, "aws_opensearch_domain.logs")).isInstanceOfSatisfying(CheckResult.Indeterminate.class,
        i -> assertThat(i.reason()).isEqualTo("cannot tell whether the access policy is public: var.policy has no value"));
  }

  @Test
  void aPolicySetThroughAVariableSaysWhere() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.logs:
          access_policies: !var:policy '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"es:*"}]}'
        """);

    Failure f = failures(ID, g, "aws_opensearch_domain.logs").get(0);

    assertThat(f.message()).endsWith("; value set by variable 'policy' (tfvars file) at terraform.tfvars:2:1");
    assertThat(f.related()).hasSize(1);
  }
}
