package dev.iaclint.rules.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * The self-managed Elasticsearch and Kubernetes rules on real configurations nobody here wrote (the
 * shared corpus, read in place; skipped when it is absent): what they must find, and the false
 * positives they must not produce.
 */
class SearchRulesCorpusTest {
  private static final List<Rule> RULES = List.of(new NetworkBindRule(), new SecurityDisabledRule(), new NoTlsRule(),
      new AuditRequestBodyRule(), new ExposedServiceRule(), new NoNetworkPolicyRule());

  private static ScanResult scan(String kind) {
    String root = System.getProperty("iaclint.repoRoot");
    assumeTrue(root != null, "iaclint.repoRoot is not set");
    Path dir = Path.of(root).resolve("../shared/corpus").resolve(kind).normalize();
    assumeTrue(Files.isDirectory(dir), "corpus " + dir + " is absent");
    ScanResult result = new Scanner(RULES).scan(ScanRequest.builder().path(dir).build());
    assertThat(result.diagnostics()).noneMatch(d -> d.message().contains("internal error"));
    return result;
  }

  private static List<String> findings(ScanResult result, String... rules) {
    List<String> wanted = List.of(rules);
    return result.findings().stream().filter(f -> wanted.contains(f.ruleId()))
        .map(f -> f.location().file().displayPath() + ":" + f.location().startLine() + " " + f.severity() + " "
            + f.ruleId())
        .toList();
  }

  @Test
  void dockerElkPublishesItsNodeOnEveryInterfaceWithPlainHttp() {
    ScanResult result = scan("compose");

    // Security is on in the mounted elasticsearch.yml, which also binds 0.0.0.0 inside the
    // container (not a finding); HTTP has no TLS, and the ports are published on every interface.
    assertThat(findings(result, "IAC-ES-001", "IAC-ES-002", "IAC-ES-003", "IAC-ES-004")).containsExactly(
        "deviantony__docker-elk/docker-compose.yml:70 HIGH IAC-ES-001",
        "deviantony__docker-elk/docker-compose.yml:71 MEDIUM IAC-ES-001",
        "deviantony__docker-elk/elasticsearch/config/elasticsearch.yml:9 HIGH IAC-ES-003");
    assertThat(result.indeterminate()).isEmpty();
  }

  @Test
  void eckSamplesKeepSecurityAndTlsAndOldExamplesExposeElasticsearch() {
    ScanResult result = scan("kubernetes");

    // ECK always enables security and HTTP TLS; its Istio recipe turns TLS off inside the mesh.
    assertThat(findings(result, "IAC-ES-003", "IAC-ES-004")).isEmpty();
    // The GCLB recipe lets anonymous health checks in with monitoring_user only.
    assertThat(findings(result, "IAC-ES-002")).containsExactly(
        "elastic__cloud-on-k8s/config/recipes/gclb/01-elastic-stack.yaml:30 MEDIUM IAC-ES-002");
    assertThat(findings(result, "IAC-K8S-ES-001")).containsExactly(
        "kubernetes__examples/_archived/elasticsearch/es-svc.yaml:8 HIGH IAC-K8S-ES-001",
        "kubernetes__examples/_archived/elasticsearch/production_cluster/es-svc.yaml:9 HIGH IAC-K8S-ES-001");
    // No sample ships a NetworkPolicy; a lone cluster manifest stays undecided.
    assertThat(findings(result, "IAC-K8S-ES-002")).isNotEmpty()
        .allSatisfy(f -> assertThat(f).startsWith("elastic__cloud-on-k8s/").endsWith("MEDIUM IAC-K8S-ES-002"));
    assertThat(result.indeterminate()).extracting(i -> i.ruleId() + " " + i.location().file().displayPath())
        .containsExactly("IAC-K8S-ES-002 elastic__cloud-on-k8s/config/samples/elasticsearch/elasticsearch.yaml");
  }
}
