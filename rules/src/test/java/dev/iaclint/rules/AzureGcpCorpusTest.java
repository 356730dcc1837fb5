package dev.iaclint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Azure and GCP rules on the shared corpus's Terraform (read in place; skipped when it is
 * absent): the findings reviewed by hand on terragoat. (The corpus's AKS and GKE modules hold none
 * of the resources these rules judge with their default inputs.)
 */
class AzureGcpCorpusTest {

  private static ScanResult scan(String directory) {
    String root = System.getProperty("iaclint.repoRoot");
    assumeTrue(root != null, "iaclint.repoRoot is not set");
    Path dir = Path.of(root).resolve("../shared/corpus/terraform").resolve(directory).normalize();
    assumeTrue(Files.isDirectory(dir), "corpus " + dir + " is absent");
    List<Rule> rules = new BuiltinRuleProvider().rules().stream()
        .filter(r -> r.id().startsWith("IAC-AZURE-") || r.id().startsWith("IAC-GCP-")).toList();
    return new Scanner(rules).scan(ScanRequest.builder().path(dir).build());
  }

  private static Map<String, Integer> counts(ScanResult result) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Finding f : result.findings()) {
      counts.merge(f.ruleId(), 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void terragoatAzureGivesTheReviewedFindings() {
    ScanResult result = scan("bridgecrewio__terragoat/terraform/azure");

    // Reviewed: both storage accounts leave allow_nested_items_to_be_public to its default (true);
    // security_storage_account has no network rules, while example's azurerm_storage_account_network_rules
    // (linked by storage_account_name, the azurerm 2.x form) deny by default; the MySQL and
    // PostgreSQL servers turn SSL enforcement off. The SQL firewall rule admits one private address.
    assertThat(counts(result)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "IAC-AZURE-STORAGE-002", 2, "IAC-AZURE-STORAGE-003", 1, "IAC-AZURE-SQL-003", 2));
    assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("IAC-AZURE-STORAGE-003")
        && f.resource().equals("azurerm_storage_account.example"));
  }

  @Test
  void terragoatGcpGivesTheReviewedFindings() {
    ScanResult result = scan("bridgecrewio__terragoat/terraform/gcp");

    // Reviewed, all true: allUsers objectViewer binding on the website bucket (and the bucket's
    // defaults), a Cloud SQL instance open to 0.0.0.0/0 without TLS, a BigQuery dataset shared
    // with allAuthenticatedUsers, a firewall rule opening every TCP port to the internet, a GKE
    // cluster whose authorized networks hold 0.0.0.0/0.
    assertThat(counts(result)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "IAC-GCP-GCS-001", 1, "IAC-GCP-GCS-003", 1, "IAC-GCP-GCS-004", 1, "IAC-GCP-SQL-001", 1,
        "IAC-GCP-SQL-002", 1, "IAC-GCP-BQ-001", 1, "IAC-GCP-VPC-003", 1, "IAC-GCP-GKE-001", 1));
  }

  @Test
  void theGkeModulesLeaveTheControlPlaneOpenOnlyWithTheirDefaultInputs() {
    ScanResult result = scan("terraform-google-modules__terraform-google-kubernetes-engine");

    // Reviewed: each cluster module evaluated on its own defaults has master_authorized_networks = []
    // and no private endpoint, so its dynamic master_authorized_networks_config generates nothing
    // (Checkov's CKV_GCP_20 agrees). beta-private-cluster(-update-variant) are evaluated through
    // safer-cluster's calls, which make the endpoint private; gke-standard-cluster and
    // gke-autopilot-cluster default to authorized networks. Nothing else applies to these modules.
    assertThat(result.findings()).allSatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("IAC-GCP-GKE-001");
      assertThat(f.resource()).isEqualTo("google_container_cluster.primary");
    });
    assertThat(result.findings().stream().map(f -> f.location().file().displayPath()).sorted().toList())
        .containsExactly("cluster.tf", "modules/beta-autopilot-private-cluster/cluster.tf",
            "modules/beta-autopilot-public-cluster/cluster.tf",
            "modules/beta-public-cluster-update-variant/cluster.tf", "modules/beta-public-cluster/cluster.tf",
            "modules/private-cluster-update-variant/cluster.tf", "modules/private-cluster/cluster.tf");
  }
}
