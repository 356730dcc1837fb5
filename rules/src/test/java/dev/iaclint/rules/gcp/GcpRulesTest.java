package dev.iaclint.rules.gcp;

import static dev.iaclint.rules.aws.RuleChecks.failure;
import static dev.iaclint.rules.aws.RuleChecks.passes;
import static dev.iaclint.rules.aws.RuleChecks.undecided;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.testing.YamlGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GCP rules on hand-built graphs: google provider defaults, IAM and ACL grants, firewall rules. */
class GcpRulesTest {

  @Test
  void bucketIamGrantsToAllUsersAreReportedAtTheMember() {
    YamlGraph g = YamlGraph.terraform("""
        google_storage_bucket.site:
          name: acme-site
        google_storage_bucket_iam_member.public:
          role: roles/storage.objectViewer
          member: allUsers
        google_storage_bucket_iam_binding.writers:
          role: roles/storage.objectAdmin
          members:
            - group:ops@example.com
            - allAuthenticatedUsers
        google_storage_bucket_iam_member.team:
          role: roles/storage.objectViewer
          member: group:analysts@example.com
        google_storage_bucket_iam_member.unknown:
          role: roles/storage.objectViewer
          member: !unknown var.member has no value
        """).partOf("google_storage_bucket_iam_member.public", "google_storage_bucket.site");

    Failure reader = failure("IAC-GCP-GCS-001", g, "google_storage_bucket_iam_member.public");
    assertThat(reader.location().startLine()).isEqualTo(5);
    assertThat(reader.severity()).isEqualTo(Severity.HIGH);
    assertThat(reader.message()).contains("grants allUsers (anyone on the internet) roles/storage.objectViewer");
    Failure writer = failure("IAC-GCP-GCS-001", g, "google_storage_bucket_iam_binding.writers");
    assertThat(writer.location().startLine()).isEqualTo(10);
    assertThat(writer.attributePath()).isEqualTo("members[1]");
    assertThat(writer.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(writer.message()).endsWith("roles/storage.objectAdmin, which can change the bucket's data");
    passes("IAC-GCP-GCS-001", g, "google_storage_bucket_iam_member.team");
    undecided("IAC-GCP-GCS-001", g, "google_storage_bucket_iam_member.unknown");
  }

  @Test
  void enforcedPublicAccessPreventionNeutralisesPublicGrants() {
    YamlGraph g = YamlGraph.terraform("""
        google_storage_bucket.locked:
          public_access_prevention: enforced
        google_storage_bucket_iam_member.public:
          role: roles/storage.objectViewer
          member: allUsers
        google_storage_bucket_access_control.public:
          entity: allUsers
        """)
        .partOf("google_storage_bucket_iam_member.public", "google_storage_bucket.locked")
        .partOf("google_storage_bucket_access_control.public", "google_storage_bucket.locked");

    passes("IAC-GCP-GCS-001", g, "google_storage_bucket_iam_member.public");
    passes("IAC-GCP-GCS-002", g, "google_storage_bucket_access_control.public");
  }

  @Test
  void aPublicGrantOnABucketWhosePreventionIsNotKnownIsUndecided() {
    YamlGraph g = YamlGraph.terraform("""
        google_storage_bucket.site:
          public_access_prevention: !unknown var.prevention has no value
        google_storage_bucket_iam_member.public:
          role: roles/storage.objectViewer
          member: allUsers
        """).partOf("google_storage_bucket_iam_member.public", "google_storage_bucket.site");

    assertThat(undecided("IAC-GCP-GCS-001", g, "google_storage_bucket_iam_member.public").reason())
        .contains("public_access_prevention");
  }

  @Test
  void aPolicyIsReadFromTheBindingsOfItsGoogleIamPolicyDataSource() {
    YamlGraph g = YamlGraph.terraform("""
        google_iam_policy.exports:
          binding:
            - role: roles/storage.admin
              members: [group:platform@example.com]
            - role: roles/storage.objectViewer
              members:
                - allUsers
        google_storage_bucket_iam_policy.exports:
          policy_data: !unknown data.google_iam_policy.exports.policy_data is known only after apply
        google_storage_bucket_iam_policy.json:
          policy_data: '{"bindings":[{"role":"roles/storage.objectViewer","members":["allAuthenticatedUsers"]}]}'
        google_storage_bucket_iam_policy.unknown:
          policy_data: !unknown var.policy has no value
        """).edge("google_storage_bucket_iam_policy.exports", EdgeKind.REFERENCE, "google_iam_policy.exports",
        "policy_data");

    Failure data = failure("IAC-GCP-GCS-001", g, "google_storage_bucket_iam_policy.exports");
    assertThat(data.location().startLine()).isEqualTo(7);
    assertThat(data.attributePath()).isEqualTo("google_iam_policy.exports.binding[1].members[0]");
    Failure json = failure("IAC-GCP-GCS-001", g, "google_storage_bucket_iam_policy.json");
    assertThat(json.location().startLine()).isEqualTo(11);
    assertThat(json.message()).contains("grants allAuthenticatedUsers (anyone with a Google account) roles/storage.objectViewer");
    undecided("IAC-GCP-GCS-001", g, "google_storage_bucket_iam_policy.unknown");
  }

  @Test
  void publicAclEntriesAreReportedUnlessUniformAccessTurnsAclsOff() {
    YamlGraph g = YamlGraph.terraform("""
        google_storage_bucket.uniform:
          uniform_bucket_level_access: true
        google_storage_default_object_access_control.ignored:
          entity: allUsers
        google_storage_object_access_control.public:
          entity: allAuthenticatedUsers
        google_storage_bucket_acl.entries:
          role_entity:
            - OWNER:project-owners-123
            - READER:allUsers
        google_storage_bucket_acl.predefined:
          predefined_acl: publicReadWrite
        google_storage_bucket_acl.private:
          predefined_acl: projectPrivate
          role_entity: [OWNER:project-owners-123]
        """).partOf("google_storage_default_object_access_control.ignored", "google_storage_bucket.uniform");

    passes("IAC-GCP-GCS-002", g, "google_storage_default_object_access_control.ignored");
    assertThat(failure("IAC-GCP-GCS-002", g, "google_storage_object_access_control.public").location()
        .startLine()).isEqualTo(6);
    assertThat(failure("IAC-GCP-GCS-002", g, "google_storage_bucket_acl.entries").location().startLine())
        .isEqualTo(10);
    assertThat(failure("IAC-GCP-GCS-002", g, "google_storage_bucket_acl.predefined").location().startLine())
        .isEqualTo(12);
    passes("IAC-GCP-GCS-002", g, "google_storage_bucket_acl.private");
  }

  @Test
  void bucketHardeningFollowsTheProviderDefaults() {
    YamlGraph g = YamlGraph.terraform("""
        google_storage_bucket.default:
          name: a
        google_storage_bucket.hardened:
          uniform_bucket_level_access: true
          public_access_prevention: enforced
        """);

    assertThat(failure("IAC-GCP-GCS-003", g, "google_storage_bucket.default").message())
        .contains("public_access_prevention is not set (default: \"inherited\")");
    assertThat(failure("IAC-GCP-GCS-004", g, "google_storage_bucket.default").location().startLine())
        .isEqualTo(1);
    passes("IAC-GCP-GCS-003", g, "google_storage_bucket.hardened");
    passes("IAC-GCP-GCS-004", g, "google_storage_bucket.hardened");
  }

  @Test
  void cloudSqlAuthorizedNetworksMatterOnlyWithAPublicIp() {
    YamlGraph g = YamlGraph.terraform("""
        google_sql_database_instance.open:
          settings:
            - ip_configuration:
                - authorized_networks:
                    - {name: office, value: 203.0.113.0/24}
                    - {name: all, value: 0.0.0.0/0}
        google_sql_database_instance.private:
          settings:
            - ip_configuration:
                - ipv4_enabled: false
                  private_network: projects/p/global/networks/n
                  authorized_networks:
                    - {name: all, value: 0.0.0.0/0}
        google_sql_database_instance.office:
          settings:
            - ip_configuration:
                - authorized_networks:
                    - {name: office, value: 203.0.113.0/24}
        """);

    assertThat(failure("IAC-GCP-SQL-001", g, "google_sql_database_instance.open").location().startLine())
        .isEqualTo(6);
    passes("IAC-GCP-SQL-001", g, "google_sql_database_instance.private");
    passes("IAC-GCP-SQL-001", g, "google_sql_database_instance.office");
  }

  @Test
  void cloudSqlWithAPublicIpMustRequireTls() {
    YamlGraph g = YamlGraph.terraform("""
        google_sql_database_instance.default:
          settings:
            - tier: db-f1-micro
        google_sql_database_instance.encrypted:
          settings:
            - ip_configuration:
                - ssl_mode: ENCRYPTED_ONLY
        google_sql_database_instance.legacy:
          settings:
            - ip_configuration:
                - require_ssl: true
        google_sql_database_instance.allowed:
          settings:
            - ip_configuration:
                - ssl_mode: ALLOW_UNENCRYPTED_AND_ENCRYPTED
        google_sql_database_instance.private:
          settings:
            - ip_configuration:
                - ipv4_enabled: false
        """);

    assertThat(failure("IAC-GCP-SQL-002", g, "google_sql_database_instance.default").location().startLine())
        .isEqualTo(3);
    passes("IAC-GCP-SQL-002", g, "google_sql_database_instance.encrypted");
    passes("IAC-GCP-SQL-002", g, "google_sql_database_instance.legacy");
    assertThat(failure("IAC-GCP-SQL-002", g, "google_sql_database_instance.allowed").location().startLine())
        .isEqualTo(15);
    passes("IAC-GCP-SQL-002", g, "google_sql_database_instance.private");
  }

  @Test
  void firewallRulesAreJudgedByTheirSourcesAndAllowedPorts() {
    YamlGraph g = YamlGraph.terraform("""
        google_compute_firewall.search:
          allow:
            - {protocol: tcp, ports: ["9200-9300"]}
          source_ranges: [0.0.0.0/0]
        google_compute_firewall.ssh_v6:
          allow:
            - {protocol: tcp, ports: ["22", "443"]}
          source_ranges: [10.0.0.0/8, "::/0"]
        google_compute_firewall.no_source:
          allow:
            - {protocol: udp, ports: ["3389"]}
        google_compute_firewall.tagged:
          allow:
            - {protocol: tcp, ports: ["22"]}
          source_tags: [bastion]
        google_compute_firewall.everything:
          allow:
            - {protocol: all}
          source_ranges: [0.0.0.0/0]
        google_compute_firewall.tcp_no_ports:
          allow:
            - {protocol: "6"}
          source_ranges: [0.0.0.0/0]
        google_compute_firewall.egress:
          direction: EGRESS
          allow:
            - {protocol: all}
          destination_ranges: [0.0.0.0/0]
        google_compute_firewall.disabled:
          disabled: true
          allow:
            - {protocol: tcp, ports: ["22"]}
          source_ranges: [0.0.0.0/0]
        google_compute_firewall.unknown_source:
          allow:
            - {protocol: tcp, ports: ["22"]}
          source_ranges: !unknown var.ranges has no value
        google_compute_firewall.unknown_ports:
          allow:
            - {protocol: tcp, ports: !unknown var.ports has no value}
          source_ranges: [0.0.0.0/0]
        """);

    Failure search = failure("IAC-GCP-VPC-001", g, "google_compute_firewall.search");
    assertThat(search.location().startLine()).isEqualTo(4);
    assertThat(search.message()).contains("the REST API (9200), node transport (9300) through tcp 9200-9300")
        .contains("from 0.0.0.0/0");
    passes("IAC-GCP-VPC-002", g, "google_compute_firewall.search");

    Failure ssh = failure("IAC-GCP-VPC-002", g, "google_compute_firewall.ssh_v6");
    assertThat(ssh.location().startLine()).isEqualTo(8);
    assertThat(ssh.message()).contains("SSH (22) through tcp 22 from ::/0");
    Failure noSource = failure("IAC-GCP-VPC-002", g, "google_compute_firewall.no_source");
    assertThat(noSource.location().startLine()).isEqualTo(9);
    assertThat(noSource.message()).contains("the default is 0.0.0.0/0");
    passes("IAC-GCP-VPC-002", g, "google_compute_firewall.tagged");

    assertThat(failure("IAC-GCP-VPC-003", g, "google_compute_firewall.everything").location().startLine())
        .isEqualTo(19);
    passes("IAC-GCP-VPC-002", g, "google_compute_firewall.everything");
    passes("IAC-GCP-VPC-001", g, "google_compute_firewall.everything");
    failure("IAC-GCP-VPC-003", g, "google_compute_firewall.tcp_no_ports");
    passes("IAC-GCP-VPC-003", g, "google_compute_firewall.egress");
    passes("IAC-GCP-VPC-002", g, "google_compute_firewall.disabled");
    undecided("IAC-GCP-VPC-002", g, "google_compute_firewall.unknown_source");
    undecided("IAC-GCP-VPC-002", g, "google_compute_firewall.unknown_ports");
  }

  @Test
  void denyRulesThatTakePrecedenceTakeTheirTrafficAwayAndUndecidedOnesLeaveTheResultUndecided() {
    YamlGraph g = YamlGraph.terraform("""
        google_compute_firewall.allow_a:
          network: a
          allow:
            - {protocol: tcp, ports: ["22", "3389"]}
          source_ranges: [0.0.0.0/0]
        google_compute_firewall.deny_a_ssh:
          network: projects/p/global/networks/a
          deny:
            - {protocol: tcp, ports: ["22"]}
        google_compute_firewall.allow_b:
          network: b
          allow:
            - {protocol: tcp, ports: ["22"]}
          source_ranges: [0.0.0.0/0]
        google_compute_firewall.deny_b:
          network: b
          priority: !unknown var.priority has no value
          deny:
            - {protocol: all}
        google_compute_firewall.allow_c:
          network: c
          allow:
            - {protocol: tcp, ports: ["22"]}
          source_ranges: [0.0.0.0/0]
        google_compute_firewall.deny_c:
          network: c
          priority: 10
          deny:
            - !unknown dynamic blocks of var.denied
        google_compute_firewall.allow_d:
          network: d
          priority: 100
          allow:
            - {protocol: tcp, ports: ["22"]}
          source_ranges: [0.0.0.0/0]
        google_compute_firewall.deny_d_late:
          network: d
          priority: 200
          deny:
            - {protocol: all}
        """);

    // Equal priorities: the deny wins, so SSH is blocked and only RDP is left open.
    Failure a = failure("IAC-GCP-VPC-002", g, "google_compute_firewall.allow_a");
    assertThat(a.message()).endsWith("the rule admits RDP (3389) through tcp 3389 from 0.0.0.0/0");
    undecided("IAC-GCP-VPC-002", g, "google_compute_firewall.allow_b");
    undecided("IAC-GCP-VPC-002", g, "google_compute_firewall.allow_c");
    failure("IAC-GCP-VPC-002", g, "google_compute_firewall.allow_d");
  }

  @Test
  void bigQueryDatasetsArePublicThroughAccessBlocksAndIamGrants() {
    YamlGraph g = YamlGraph.terraform("""
        google_bigquery_dataset.public:
          access:
            - {role: OWNER, special_group: projectOwners}
            - {role: READER, special_group: allAuthenticatedUsers}
        google_bigquery_dataset.private:
          access:
            - {role: OWNER, special_group: projectOwners}
            - {role: READER, group_by_email: analysts@example.com}
        google_bigquery_dataset_access.public:
          role: READER
          iam_member: allUsers
        google_bigquery_dataset_iam_member.public:
          member: allUsers
        google_bigquery_dataset_iam_binding.viewers:
          members: [group:analysts@example.com, allAuthenticatedUsers]
        google_bigquery_dataset_iam_binding.team:
          members: [group:analysts@example.com]
        """);

    assertThat(failure("IAC-GCP-BQ-001", g, "google_bigquery_dataset.public").location().startLine())
        .isEqualTo(4);
    passes("IAC-GCP-BQ-001", g, "google_bigquery_dataset.private");
    assertThat(failure("IAC-GCP-BQ-001", g, "google_bigquery_dataset_access.public").location().startLine())
        .isEqualTo(11);
    assertThat(failure("IAC-GCP-BQ-001", g, "google_bigquery_dataset_iam_member.public").location()
        .startLine()).isEqualTo(13);
    assertThat(failure("IAC-GCP-BQ-001", g, "google_bigquery_dataset_iam_binding.viewers").location()
        .startLine()).isEqualTo(15);
    passes("IAC-GCP-BQ-001", g, "google_bigquery_dataset_iam_binding.team");
  }

  @Test
  void aGkeControlPlaneWithAPublicEndpointNeedsAuthorizedNetworks() {
    YamlGraph g = YamlGraph.terraform("""
        google_container_cluster.open:
          name: open
        google_container_cluster.everyone:
          master_authorized_networks_config:
            - cidr_blocks:
                - {cidr_block: 0.0.0.0/0}
        google_container_cluster.restricted:
          master_authorized_networks_config:
            - cidr_blocks:
                - {cidr_block: 203.0.113.0/24}
        google_container_cluster.no_external:
          master_authorized_networks_config:
            - {}
        google_container_cluster.private_endpoint:
          private_cluster_config:
            - {enable_private_nodes: true, enable_private_endpoint: true}
        google_container_cluster.dns_only:
          control_plane_endpoints_config:
            - ip_endpoints_config:
                - {enabled: false}
        google_container_cluster.plan_without_block:
          master_authorized_networks_config: []
        """);

    assertThat(failure("IAC-GCP-GKE-001", g, "google_container_cluster.open").location().startLine())
        .isEqualTo(1);
    assertThat(failure("IAC-GCP-GKE-001", g, "google_container_cluster.everyone").location().startLine())
        .isEqualTo(6);
    for (String ok : List.of("restricted", "no_external", "private_endpoint", "dns_only")) {
      passes("IAC-GCP-GKE-001", g, "google_container_cluster." + ok);
    }
    failure("IAC-GCP-GKE-001", g, "google_container_cluster.plan_without_block");
  }

  @Test
  void oddlyShapedInputIsJudgedWithoutThrowing() {
    YamlGraph g = YamlGraph.terraform("""
        google_storage_bucket_iam_policy.not_json:
          policy_data: "{bindings: "
        google_storage_bucket_iam_policy.array:
          policy_data: '[{"members": ["allUsers"]}]'
        google_storage_bucket_iam_policy.odd_members:
          policy_data: '{"bindings": [{"role": "roles/storage.objectViewer", "members": "allUsers"}, 7]}'
        google_compute_firewall.odd_ports:
          allow:
            - {protocol: tcp, ports: ["22-", "abc"]}
            - just a string
          source_ranges: [0.0.0.0/0]
        google_compute_firewall.unnamed_protocol:
          allow:
            - {protocol: sctp, ports: ["22"]}
          source_ranges: [0.0.0.0/0]
        """);

    assertThat(undecided("IAC-GCP-GCS-001", g, "google_storage_bucket_iam_policy.not_json").reason())
        .contains("not valid JSON");
    passes("IAC-GCP-GCS-001", g, "google_storage_bucket_iam_policy.array");
    passes("IAC-GCP-GCS-001", g, "google_storage_bucket_iam_policy.odd_members");
    undecided("IAC-GCP-VPC-002", g, "google_compute_firewall.odd_ports");
    passes("IAC-GCP-VPC-002", g, "google_compute_firewall.unnamed_protocol");
  }
}
