package dev.iaclint.rules.aws;

import static dev.iaclint.rules.aws.RuleChecks.failures;
import static dev.iaclint.rules.aws.RuleChecks.passes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.testing.YamlGraph;
import org.junit.jupiter.api.Test;

/** The Java data-store rules on hand-built Terraform graphs (Terraform examples wait for the evaluator). */
class DataStoreRulesTest {

  @Test
  void aReplicationGroupWithATokenKnownOnlyAfterApplyHasAuthentication() {
    YamlGraph g = YamlGraph.terraform("""
        aws_elasticache_replication_group.generated:
          auth_token: !unknown random_password.x.result is known after apply
        aws_elasticache_replication_group.users:
          user_group_ids: [app]
        aws_elasticache_replication_group.memcached:
          engine: memcached
        aws_elasticache_replication_group.open:
          engine: redis
        """);

    passes("IAC-AWS-ELASTICACHE-001", g, "aws_elasticache_replication_group.generated");
    passes("IAC-AWS-ELASTICACHE-001", g, "aws_elasticache_replication_group.users");
    passes("IAC-AWS-ELASTICACHE-001", g, "aws_elasticache_replication_group.memcached");
    assertThat(failures("IAC-AWS-ELASTICACHE-001", g, "aws_elasticache_replication_group.open")).singleElement()
        .satisfies(f -> assertThat(f.location().startLine()).isEqualTo(7));
  }

  @Test
  void aSecondaryOfAGlobalDatastoreIsJudgedThroughItsPrimary() {
    YamlGraph g = YamlGraph.terraform("""
        aws_elasticache_replication_group.secondary:
          global_replication_group_id: ldgnf-primary
          at_rest_encryption_enabled: null
          transit_encryption_enabled: null
        """);

    for (String id : java.util.List.of("IAC-AWS-ELASTICACHE-001", "IAC-AWS-ELASTICACHE-002",
        "IAC-AWS-ELASTICACHE-003")) {
      passes(id, g, "aws_elasticache_replication_group.secondary");
    }
  }

  @Test
  void aClusterIsJudgedWithTheParameterGroupItNamesAndAnUnusedGroupOnItsOwn() {
    YamlGraph g = YamlGraph.terraform("""
        aws_docdb_cluster_parameter_group.legacy:
          name: legacy
          parameter:
            - name: tls
              value: disabled
        aws_docdb_cluster.catalog:
          db_cluster_parameter_group_name: legacy
        aws_docdb_cluster_parameter_group.unused:
          name: unused
          parameter:
            - name: TLS
              value: disabled
        aws_docdb_cluster.defaults:
          cluster_identifier: x
        """);

    assertThat(failures("IAC-AWS-DOCDB-002", g, "aws_docdb_cluster.catalog")).singleElement().satisfies(f -> {
      assertThat(f.location().startLine()).isEqualTo(5);
      assertThat(f.attributePath()).isEqualTo("aws_docdb_cluster_parameter_group.legacy.parameter.value");
    });
    passes("IAC-AWS-DOCDB-002", g, "aws_docdb_cluster_parameter_group.legacy");
    assertThat(failures("IAC-AWS-DOCDB-002", g, "aws_docdb_cluster_parameter_group.unused")).hasSize(1);
    passes("IAC-AWS-DOCDB-002", g, "aws_docdb_cluster.defaults");
  }

  @Test
  void onlyLogGroupsASearchDomainPublishesToAreJudged() {
    YamlGraph g = YamlGraph.terraform("""
        aws_cloudwatch_log_group.audit:
          name: audit
        aws_cloudwatch_log_group.app:
          name: app
        aws_opensearch_domain.logs:
          log_publishing_options:
            - log_type: AUDIT_LOGS
              cloudwatch_log_group_arn: !unknown known after apply
        """).edge("aws_opensearch_domain.logs", EdgeKind.REFERENCE, "aws_cloudwatch_log_group.audit",
        "log_publishing_options.cloudwatch_log_group_arn");

    assertThat(failures("IAC-AWS-CLOUDWATCH-001", g, "aws_cloudwatch_log_group.audit")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("aws_opensearch_domain.logs"));
    passes("IAC-AWS-CLOUDWATCH-001", g, "aws_cloudwatch_log_group.app");
  }
}
