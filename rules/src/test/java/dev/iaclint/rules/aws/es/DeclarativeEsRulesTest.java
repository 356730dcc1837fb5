package dev.iaclint.rules.aws.es;

import static dev.iaclint.rules.aws.es.EsRulesTesting.failures;
import static dev.iaclint.rules.aws.es.EsRulesTesting.passes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.testing.YamlGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The YAML Elasticsearch/OpenSearch rules on hand-built graphs: the provider defaults each encodes. */
class DeclarativeEsRulesTest {

  private static int line(List<Failure> failures) {
    assertThat(failures).hasSize(1);
    return failures.get(0).location().startLine();
  }

  @Test
  void encryptionAtRestIsOffWhenTheBlockIsMissing() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.none:
          domain_name: x
        aws_elasticsearch_domain.off:
          encrypt_at_rest:
            - enabled: false
        aws_opensearch_domain.on:
          encrypt_at_rest:
            - enabled: true
        """);

    assertThat(line(failures("IAC-AWS-ES-002", g, "aws_opensearch_domain.none"))).isEqualTo(1);
    assertThat(line(failures("IAC-AWS-ES-002", g, "aws_elasticsearch_domain.off"))).isEqualTo(5);
    passes("IAC-AWS-ES-002", g, "aws_opensearch_domain.on");
  }

  @Test
  void cloudFormationBooleansMayBeStrings() {
    YamlGraph g = YamlGraph.of(SourceFormat.CLOUDFORMATION, "t.yaml", """
        Off @ AWS::Elasticsearch::Domain:
          EncryptionAtRestOptions:
            Enabled: "false"
        On @ AWS::OpenSearchService::Domain:
          EncryptionAtRestOptions:
            Enabled: "true"
          NodeToNodeEncryptionOptions:
            Enabled: "true"
        """);

    assertThat(line(failures("IAC-AWS-ES-002", g, "Off"))).isEqualTo(3);
    passes("IAC-AWS-ES-002", g, "On");
    passes("IAC-AWS-ES-010", g, "On");
  }

  @Test
  void aDomainWithoutVpcOptionsHasAPublicEndpoint() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.public:
          domain_name: x
        aws_opensearch_domain.vpc:
          vpc_options:
            - subnet_ids: [subnet-1]
        """);

    assertThat(failures("IAC-AWS-ES-003", g, "aws_opensearch_domain.public").get(0).message())
        .isEqualTo("OpenSearch/Elasticsearch domain has a public endpoint: vpc_options is not set");
    passes("IAC-AWS-ES-003", g, "aws_opensearch_domain.vpc");
  }

  @Test
  void anonymousAuthIsIgnoredWithoutFineGrainedAccessControl() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.anon:
          advanced_security_options:
            - enabled: true
              anonymous_auth_enabled: true
        aws_opensearch_domain.ignored:
          advanced_security_options:
            - enabled: false
              anonymous_auth_enabled: true
        """);

    assertThat(line(failures("IAC-AWS-ES-005", g, "aws_opensearch_domain.anon"))).isEqualTo(4);
    passes("IAC-AWS-ES-005", g, "aws_opensearch_domain.ignored");
    assertThat(line(failures("IAC-AWS-ES-004", g, "aws_opensearch_domain.ignored"))).isEqualTo(7);
    passes("IAC-AWS-ES-004", g, "aws_opensearch_domain.anon");
  }

  @Test
  void theCustomerKeyIsOnlyAskedOfEncryptedDomains() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.plain:
          domain_name: x
        aws_opensearch_domain.aws_key:
          encrypt_at_rest:
            - enabled: true
        aws_opensearch_domain.own_key:
          encrypt_at_rest:
            - enabled: true
              kms_key_id: !unknown aws_kms_key.k.arn is known only after apply
        """);

    passes("IAC-AWS-ES-007", g, "aws_opensearch_domain.plain");
    Failure f = failures("IAC-AWS-ES-007", g, "aws_opensearch_domain.aws_key").get(0);
    assertThat(f.location().startLine()).isEqualTo(5);
    assertThat(f.message()).endsWith("encrypt_at_rest[0].kms_key_id is not set");
    assertThat(EsRulesTesting.check("IAC-AWS-ES-007", g, "aws_opensearch_domain.own_key"))
        .isInstanceOf(dev.iaclint.core.rule.CheckResult.Indeterminate.class);
  }

  @Test
  void httpsEnforcementFollowsTheProviderDefaults() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.no_block:
          domain_name: x
        aws_opensearch_domain.off:
          domain_endpoint_options:
            - enforce_https: false
        aws_opensearch_domain.default_in_block:
          domain_endpoint_options:
            - tls_security_policy: Policy-Min-TLS-1-2-2019-07
        """);

    Failure noBlock = failures("IAC-AWS-ES-008", g, "aws_opensearch_domain.no_block").get(0);
    assertThat(noBlock.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(noBlock.location().startLine()).isEqualTo(1);
    Failure off = failures("IAC-AWS-ES-008", g, "aws_opensearch_domain.off").get(0);
    assertThat(off.severity()).isNull();
    assertThat(off.location().startLine()).isEqualTo(5);
    passes("IAC-AWS-ES-008", g, "aws_opensearch_domain.default_in_block");
  }

  @Test
  void cloudFormationHasNoHttpsDefaultOfItsOwn() {
    YamlGraph g = YamlGraph.of(SourceFormat.CLOUDFORMATION, "t.yaml", """
        Unset @ AWS::OpenSearchService::Domain:
          DomainEndpointOptions:
            TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07
        On @ AWS::OpenSearchService::Domain:
          DomainEndpointOptions:
            EnforceHTTPS: true
            TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10
        """);

    Failure unset = failures("IAC-AWS-ES-008", g, "Unset").get(0);
    assertThat(unset.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(unset.location().startLine()).isEqualTo(2);
    passes("IAC-AWS-ES-008", g, "On");
    passes("IAC-AWS-ES-009", g, "On");
  }

  @Test
  void tlsPoliciesBelowTls12FailAndTheDefaultIsOne() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.old:
          domain_endpoint_options:
            - tls_security_policy: Policy-Min-TLS-1-0-2019-07
        aws_opensearch_domain.unset:
          domain_name: x
        aws_opensearch_domain.pfs:
          domain_endpoint_options:
            - tls_security_policy: Policy-Min-TLS-1-2-PFS-2023-10
        """);

    assertThat(failures("IAC-AWS-ES-009", g, "aws_opensearch_domain.old").get(0).message())
        .endsWith("domain_endpoint_options[0].tls_security_policy does not match /^Policy-Min-TLS-1-2-/");
    assertThat(failures("IAC-AWS-ES-009", g, "aws_opensearch_domain.unset").get(0).message())
        .endsWith("domain_endpoint_options.tls_security_policy is not set (default: \"Policy-Min-TLS-1-0-2019-07\")");
    passes("IAC-AWS-ES-009", g, "aws_opensearch_domain.pfs");
  }

  @Test
  void auditLogsCountWhenEnabledIsOmitted() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.omitted:
          log_publishing_options:
            - log_type: AUDIT_LOGS
              cloudwatch_log_group_arn: arn
        aws_opensearch_domain.slow_only:
          log_publishing_options:
            - log_type: SEARCH_SLOW_LOGS
              cloudwatch_log_group_arn: arn
        aws_opensearch_domain.disabled:
          log_publishing_options:
            - log_type: INDEX_SLOW_LOGS
              cloudwatch_log_group_arn: arn
            - log_type: AUDIT_LOGS
              cloudwatch_log_group_arn: arn
              enabled: false
        aws_opensearch_domain.none:
          domain_name: x
        """);

    passes("IAC-AWS-ES-011", g, "aws_opensearch_domain.omitted");
    assertThat(line(failures("IAC-AWS-ES-011", g, "aws_opensearch_domain.slow_only"))).isEqualTo(6);
    assertThat(line(failures("IAC-AWS-ES-011", g, "aws_opensearch_domain.disabled"))).isEqualTo(15);
    assertThat(line(failures("IAC-AWS-ES-011", g, "aws_opensearch_domain.none"))).isEqualTo(16);
    passes("IAC-AWS-ES-012", g, "aws_opensearch_domain.disabled");
    assertThat(line(failures("IAC-AWS-ES-012", g, "aws_opensearch_domain.none"))).isEqualTo(16);
  }

  @Test
  void cloudFormationLogOptionsAreAMapByLogType() {
    YamlGraph g = YamlGraph.of(SourceFormat.CLOUDFORMATION, "t.yaml", """
        Audit @ AWS::OpenSearchService::Domain:
          LogPublishingOptions:
            AUDIT_LOGS:
              CloudWatchLogsLogGroupArn: arn
        Off @ AWS::OpenSearchService::Domain:
          LogPublishingOptions:
            ES_APPLICATION_LOGS:
              CloudWatchLogsLogGroupArn: arn
              Enabled: false
        """);

    passes("IAC-AWS-ES-011", g, "Audit");
    passes("IAC-AWS-ES-012", g, "Audit");
    assertThat(line(failures("IAC-AWS-ES-011", g, "Off"))).isEqualTo(6);
    assertThat(line(failures("IAC-AWS-ES-012", g, "Off"))).isEqualTo(7);
  }

  @Test
  void aVpcDomainNeedsItsOwnSecurityGroups() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.default_sg:
          vpc_options:
            - subnet_ids: [subnet-1]
        aws_opensearch_domain.empty:
          vpc_options:
            - subnet_ids: [subnet-1]
              security_group_ids: []
        aws_opensearch_domain.own:
          vpc_options:
            - subnet_ids: [subnet-1]
              security_group_ids: [!unknown aws_security_group.s.id is known only after apply]
        aws_opensearch_domain.public:
          domain_name: x
        """);

    assertThat(line(failures("IAC-AWS-ES-013", g, "aws_opensearch_domain.default_sg"))).isEqualTo(3);
    assertThat(line(failures("IAC-AWS-ES-013", g, "aws_opensearch_domain.empty"))).isEqualTo(7);
    passes("IAC-AWS-ES-013", g, "aws_opensearch_domain.own");
    passes("IAC-AWS-ES-013", g, "aws_opensearch_domain.public");
  }
}
