package dev.iaclint.rules.azure;

import static dev.iaclint.rules.aws.RuleChecks.failure;
import static dev.iaclint.rules.aws.RuleChecks.passes;
import static dev.iaclint.rules.aws.RuleChecks.undecided;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.testing.YamlGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Azure rules on hand-built graphs: the azurerm defaults (3.x and 4.x) each encodes. */
class AzureRulesTest {

  @Test
  void aPublicContainerIsReportedUnlessItsAccountForbidsNestedPublicItems() {
    YamlGraph g = YamlGraph.terraform("""
        azurerm_storage_account.default:
          name: acmelogs
        azurerm_storage_account.locked:
          allow_nested_items_to_be_public: false
        azurerm_storage_account.v2_locked:
          allow_blob_public_access: false
        azurerm_storage_container.in_default:
          container_access_type: blob
        azurerm_storage_container.in_locked:
          container_access_type: container
        azurerm_storage_container.in_v2_locked:
          container_access_type: blob
        azurerm_storage_container.private:
          name: archive
        azurerm_storage_container.orphan:
          container_access_type: container
        """)
        .partOf("azurerm_storage_container.in_default", "azurerm_storage_account.default")
        .partOf("azurerm_storage_container.in_locked", "azurerm_storage_account.locked")
        .partOf("azurerm_storage_container.in_v2_locked", "azurerm_storage_account.v2_locked");

    Failure f = failure("IAC-AZURE-STORAGE-001", g, "azurerm_storage_container.in_default");
    assertThat(f.location().startLine()).isEqualTo(8);
    assertThat(f.attributePath()).isEqualTo("container_access_type");
    passes("IAC-AZURE-STORAGE-001", g, "azurerm_storage_container.in_locked");
    passes("IAC-AZURE-STORAGE-001", g, "azurerm_storage_container.in_v2_locked");
    passes("IAC-AZURE-STORAGE-001", g, "azurerm_storage_container.private");
    assertThat(failure("IAC-AZURE-STORAGE-001", g, "azurerm_storage_container.orphan").location().startLine())
        .isEqualTo(16);
  }

  @Test
  void nestedItemsArePublicByDefaultFromAzurerm3() {
    YamlGraph g = YamlGraph.terraform("""
        azurerm_storage_account.default:
          name: acmelogs
        azurerm_storage_account.explicit:
          allow_nested_items_to_be_public: true
        azurerm_storage_account.off:
          allow_nested_items_to_be_public: false
        azurerm_storage_account.v2_on:
          allow_blob_public_access: true
        azurerm_storage_account.v2_off:
          allow_blob_public_access: false
        azurerm_storage_account.files:
          account_kind: FileStorage
        azurerm_storage_account.from_var:
          allow_nested_items_to_be_public: !var:public_blobs true
        """);

    Failure byDefault = failure("IAC-AZURE-STORAGE-002", g, "azurerm_storage_account.default");
    assertThat(byDefault.location().startLine()).isEqualTo(1);
    assertThat(byDefault.message()).contains("allow_nested_items_to_be_public is not set (default: true)");
    assertThat(failure("IAC-AZURE-STORAGE-002", g, "azurerm_storage_account.explicit").location().startLine())
        .isEqualTo(4);
    passes("IAC-AZURE-STORAGE-002", g, "azurerm_storage_account.off");
    assertThat(failure("IAC-AZURE-STORAGE-002", g, "azurerm_storage_account.v2_on").attributePath())
        .isEqualTo("allow_blob_public_access");
    passes("IAC-AZURE-STORAGE-002", g, "azurerm_storage_account.v2_off");
    passes("IAC-AZURE-STORAGE-002", g, "azurerm_storage_account.files");
    assertThat(failure("IAC-AZURE-STORAGE-002", g, "azurerm_storage_account.from_var").message())
        .contains("terraform.tfvars");
  }

  @Test
  void anAccountAdmitsEveryNetworkUnlessADefaultDenyOrNoPublicEndpointSaysOtherwise() {
    YamlGraph g = YamlGraph.terraform("""
        azurerm_storage_account.none:
          name: a
        azurerm_storage_account.allow:
          network_rules:
            - default_action: Allow
              ip_rules: [203.0.113.10]
        azurerm_storage_account.deny:
          network_rules:
            - default_action: Deny
        azurerm_storage_account.private:
          public_network_access_enabled: false
        azurerm_storage_account.split_deny:
          name: b
        azurerm_storage_account_network_rules.split_deny:
          default_action: Deny
        azurerm_storage_account.split_allow:
          name: c
        azurerm_storage_account_network_rules.split_allow:
          default_action: Allow
        azurerm_storage_account.unknown:
          network_rules:
            - default_action: !unknown var.default_action has no value
        """)
        .partOf("azurerm_storage_account_network_rules.split_deny", "azurerm_storage_account.split_deny")
        .partOf("azurerm_storage_account_network_rules.split_allow", "azurerm_storage_account.split_allow");

    Failure none = failure("IAC-AZURE-STORAGE-003", g, "azurerm_storage_account.none");
    assertThat(none.location().startLine()).isEqualTo(1);
    assertThat(none.message()).contains("network_rules.default_action is not set (default: \"Allow\")");
    assertThat(failure("IAC-AZURE-STORAGE-003", g, "azurerm_storage_account.allow").location().startLine())
        .isEqualTo(5);
    passes("IAC-AZURE-STORAGE-003", g, "azurerm_storage_account.deny");
    passes("IAC-AZURE-STORAGE-003", g, "azurerm_storage_account.private");
    passes("IAC-AZURE-STORAGE-003", g, "azurerm_storage_account.split_deny");
    passes("IAC-AZURE-STORAGE-003", g, "azurerm_storage_account.split_allow");
    Failure split = failure("IAC-AZURE-STORAGE-003", g, "azurerm_storage_account_network_rules.split_allow");
    assertThat(split.location().startLine()).isEqualTo(19);
    assertThat(split.attributePath()).isEqualTo("default_action");
    passes("IAC-AZURE-STORAGE-003", g, "azurerm_storage_account_network_rules.split_deny");
    undecided("IAC-AZURE-STORAGE-003", g, "azurerm_storage_account.unknown");
  }

  @Test
  void separateNetworkRulesAreJudgedWhereTheyAreWrittenWithTheirAccount() {
    YamlGraph g = YamlGraph.terraform("""
        azurerm_storage_account.private:
          public_network_access_enabled: false
        azurerm_storage_account_network_rules.private:
          default_action: Allow
        azurerm_storage_account_network_rules.orphan:
          default_action: Allow
        """).partOf("azurerm_storage_account_network_rules.private", "azurerm_storage_account.private");

    passes("IAC-AZURE-STORAGE-003", g, "azurerm_storage_account_network_rules.private");
    assertThat(failure("IAC-AZURE-STORAGE-003", g, "azurerm_storage_account_network_rules.orphan").location()
        .startLine()).isEqualTo(6);
  }

  @Test
  void onlyAnExplicitFalseTurnsSecureTransferOffInEitherProviderVersion() {
    YamlGraph g = YamlGraph.terraform("""
        azurerm_storage_account.default:
          name: a
        azurerm_storage_account.v4_off:
          https_traffic_only_enabled: false
        azurerm_storage_account.v3_off:
          enable_https_traffic_only: "false"
        azurerm_storage_account.v3_on:
          enable_https_traffic_only: true
        """);

    passes("IAC-AZURE-STORAGE-004", g, "azurerm_storage_account.default");
    passes("IAC-AZURE-STORAGE-004", g, "azurerm_storage_account.v3_on");
    assertThat(failure("IAC-AZURE-STORAGE-004", g, "azurerm_storage_account.v4_off").location().startLine())
        .isEqualTo(4);
    assertThat(failure("IAC-AZURE-STORAGE-004", g, "azurerm_storage_account.v3_off").location().startLine())
        .isEqualTo(6);
  }

  @Test
  void tlsBelowOnePointTwoFailsAndTheDefaultIsOnePointTwo() {
    YamlGraph g = YamlGraph.terraform("""
        azurerm_storage_account.default:
          name: a
        azurerm_storage_account.old:
          min_tls_version: TLS1_1
        azurerm_storage_account.current:
          min_tls_version: TLS1_2
        """);

    passes("IAC-AZURE-STORAGE-005", g, "azurerm_storage_account.default");
    passes("IAC-AZURE-STORAGE-005", g, "azurerm_storage_account.current");
    assertThat(failure("IAC-AZURE-STORAGE-005", g, "azurerm_storage_account.old").location().startLine())
        .isEqualTo(4);
  }

  @Test
  void databaseFirewallRulesForTheWholeInternetAreHighAndForAllOfAzureMedium() {
    YamlGraph g = YamlGraph.terraform("""
        azurerm_mssql_firewall_rule.all:
          start_ip_address: 0.0.0.0
          end_ip_address: 255.255.255.255
        azurerm_sql_firewall_rule.azure:
          start_ip_address: 0.0.0.0
          end_ip_address: 0.0.0.0
        azurerm_postgresql_flexible_server_firewall_rule.office:
          start_ip_address: 203.0.113.0
          end_ip_address: 203.0.113.255
        azurerm_mysql_flexible_server_firewall_rule.unknown:
          start_ip_address: 0.0.0.0
          end_ip_address: !unknown var.end has no value
        """);

    Failure all = failure("IAC-AZURE-SQL-001", g, "azurerm_mssql_firewall_rule.all");
    assertThat(all.location().startLine()).isEqualTo(3);
    assertThat(all.severity()).isNull();
    Failure azure = failure("IAC-AZURE-SQL-001", g, "azurerm_sql_firewall_rule.azure");
    assertThat(azure.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(azure.message()).startsWith("Database firewall rule admits every Azure service");
    passes("IAC-AZURE-SQL-001", g, "azurerm_postgresql_flexible_server_firewall_rule.office");
    undecided("IAC-AZURE-SQL-001", g, "azurerm_mysql_flexible_server_firewall_rule.unknown");
  }

  @Test
  void aSearchServiceIsPublicWithoutAllowedIpsAndAcceptsKeysByDefault() {
    YamlGraph g = YamlGraph.terraform("""
        azurerm_search_service.default:
          sku: standard
        azurerm_search_service.restricted:
          allowed_ips: [203.0.113.0/24]
        azurerm_search_service.private:
          public_network_access_enabled: false
          local_authentication_enabled: false
        """);

    assertThat(failure("IAC-AZURE-SEARCH-001", g, "azurerm_search_service.default").location().startLine())
        .isEqualTo(1);
    passes("IAC-AZURE-SEARCH-001", g, "azurerm_search_service.restricted");
    passes("IAC-AZURE-SEARCH-001", g, "azurerm_search_service.private");
    assertThat(failure("IAC-AZURE-SEARCH-002", g, "azurerm_search_service.default").message())
        .contains("local_authentication_enabled is not set (default: true)");
    passes("IAC-AZURE-SEARCH-002", g, "azurerm_search_service.private");
  }

  @Test
  void sqlServerTlsDefaultsToOnePointTwoAndDisabledAcceptsAnyVersion() {
    YamlGraph g = YamlGraph.terraform("""
        azurerm_mssql_server.default:
          version: "12.0"
        azurerm_mssql_server.old:
          minimum_tls_version: "1.1"
        azurerm_mssql_server.disabled:
          minimum_tls_version: Disabled
        """);

    passes("IAC-AZURE-SQL-002", g, "azurerm_mssql_server.default");
    assertThat(failure("IAC-AZURE-SQL-002", g, "azurerm_mssql_server.old").location().startLine()).isEqualTo(4);
    assertThat(failure("IAC-AZURE-SQL-002", g, "azurerm_mssql_server.disabled").location().startLine())
        .isEqualTo(6);
  }

  @Test
  void singleServersFailOnlyWhenSslEnforcementIsTurnedOff() {
    YamlGraph g = YamlGraph.terraform("""
        azurerm_postgresql_server.off:
          ssl_enforcement_enabled: false
        azurerm_mysql_server.tls_off:
          ssl_enforcement_enabled: true
          ssl_minimal_tls_version_enforced: TLSEnforcementDisabled
        azurerm_mysql_server.on:
          ssl_enforcement_enabled: true
          ssl_minimal_tls_version_enforced: TLS1_2
        """);

    assertThat(failure("IAC-AZURE-SQL-003", g, "azurerm_postgresql_server.off").location().startLine())
        .isEqualTo(2);
    assertThat(failure("IAC-AZURE-SQL-003", g, "azurerm_mysql_server.tls_off").location().startLine())
        .isEqualTo(5);
    passes("IAC-AZURE-SQL-003", g, "azurerm_mysql_server.on");
  }

  @Test
  void aCosmosAccountIsRestrictedByAnyOfItsThreeNetworkSettings() {
    YamlGraph g = YamlGraph.terraform("""
        azurerm_cosmosdb_account.default:
          offer_type: Standard
        azurerm_cosmosdb_account.v3_ips:
          ip_range_filter: 203.0.113.10,198.51.100.0/24
        azurerm_cosmosdb_account.v4_ips:
          ip_range_filter: [203.0.113.10]
        azurerm_cosmosdb_account.vnet:
          is_virtual_network_filter_enabled: true
        azurerm_cosmosdb_account.private:
          public_network_access_enabled: false
        azurerm_cosmosdb_account.empty_filter:
          ip_range_filter: ""
        """);

    assertThat(failure("IAC-AZURE-COSMOS-001", g, "azurerm_cosmosdb_account.default").location().startLine())
        .isEqualTo(1);
    for (String ok : List.of("v3_ips", "v4_ips", "vnet", "private")) {
      passes("IAC-AZURE-COSMOS-001", g, "azurerm_cosmosdb_account." + ok);
    }
    assertThat(failure("IAC-AZURE-COSMOS-001", g, "azurerm_cosmosdb_account.empty_filter").location()
        .startLine()).isEqualTo(12);
  }

  @Test
  void theRedisNonTlsPortIsOffUnlessEitherProviderVersionsAttributeOpensIt() {
    YamlGraph g = YamlGraph.terraform("""
        azurerm_redis_cache.default:
          sku_name: Standard
        azurerm_redis_cache.v4_on:
          non_ssl_port_enabled: true
        azurerm_redis_cache.v3_on:
          enable_non_ssl_port: true
        azurerm_redis_cache.v3_off:
          enable_non_ssl_port: false
        """);

    passes("IAC-AZURE-REDIS-001", g, "azurerm_redis_cache.default");
    passes("IAC-AZURE-REDIS-001", g, "azurerm_redis_cache.v3_off");
    assertThat(failure("IAC-AZURE-REDIS-001", g, "azurerm_redis_cache.v4_on").location().startLine())
        .isEqualTo(4);
    assertThat(failure("IAC-AZURE-REDIS-001", g, "azurerm_redis_cache.v3_on").location().startLine())
        .isEqualTo(6);
  }
}
