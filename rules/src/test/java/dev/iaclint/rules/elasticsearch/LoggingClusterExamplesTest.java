package dev.iaclint.rules.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import dev.iaclint.rules.kubernetes.ExposedServiceRule;
import dev.iaclint.rules.kubernetes.NoNetworkPolicyRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The repository's examples of the incident (examples/…/exposed-logging-cluster) and their
 * hardened twins, judged by the self-managed Elasticsearch and Kubernetes rules.
 */
class LoggingClusterExamplesTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("iaclint.repoRoot", "..")).resolve("examples");
  private static final List<Rule> RULES = List.of(new NetworkBindRule(), new SecurityDisabledRule(), new NoTlsRule(),
      new AuditRequestBodyRule(), new ExposedServiceRule(), new NoNetworkPolicyRule());

  private static List<String> findings(String example) {
    Path dir = EXAMPLES.resolve(example);
    assertThat(dir).as("example directory").isDirectory();
    ScanResult result = new Scanner(RULES).scan(ScanRequest.builder().path(dir).build());
    assertThat(result.indeterminate()).as("undecided checks").isEmpty();
    return result.findings().stream()
        .map(f -> f.location().startLine() + " " + f.severity() + " " + f.ruleId() + " " + f.resource()).toList();
  }

  @Test
  void theExposedKubernetesClusterIsFoundAndItsHardenedTwinIsNot() {
    assertThat(findings("kubernetes/exposed-logging-cluster")).containsExactly(
        "3 MEDIUM IAC-K8S-ES-002 Elasticsearch/observability/logging",
        "13 CRITICAL IAC-K8S-ES-001 Elasticsearch/observability/logging",
        "16 HIGH IAC-ES-003 Elasticsearch/observability/logging",
        "21 HIGH IAC-ES-002 Elasticsearch/observability/logging",
        "23 MEDIUM IAC-ES-004 Elasticsearch/observability/logging");
    assertThat(findings("kubernetes/hardened-logging-cluster")).isEmpty();
  }

  @Test
  void theExposedComposeStackIsFoundAndItsHardenedTwinIsNot() {
    assertThat(findings("docker-compose/exposed-logging-cluster")).containsExactly(
        "7 HIGH IAC-ES-002 services.elasticsearch",
        "10 CRITICAL IAC-ES-001 services.elasticsearch");
    assertThat(findings("docker-compose/hardened-logging-cluster")).isEmpty();
  }

  @Test
  void theExposedNodeSettingsAreFoundAndTheHardenedOnesAreNot() throws Exception {
    assertThat(findings("elasticsearch-yml/exposed-logging-cluster")).containsExactly(
        "5 CRITICAL IAC-ES-001 network.host",
        "7 HIGH IAC-ES-002 xpack.security.enabled",
        "9 MEDIUM IAC-ES-004 xpack.security.audit.logfile.events.emit_request_body");
    assertThat(findings("elasticsearch-yml/hardened-logging-cluster")).isEmpty();
    assertThat(Files.readString(EXAMPLES.resolve("elasticsearch-yml/hardened-logging-cluster/elasticsearch.yml")))
        .contains("network.host: 10.20.1.15");
  }
}
