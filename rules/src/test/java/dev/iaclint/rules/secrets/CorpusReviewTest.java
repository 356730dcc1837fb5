package dev.iaclint.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.iaclint.core.rule.Finding;
import dev.iaclint.core.rule.Rule;
import dev.iaclint.core.scan.ScanRequest;
import dev.iaclint.core.scan.ScanResult;
import dev.iaclint.core.scan.Scanner;
import dev.iaclint.rules.BuiltinRuleProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The secrets rules on the shared real-world corpus (YAML/JSON files). Every finding was reviewed
 * by hand; the list (masked) is written to {@code target/corpus-secrets.txt} for the next review.
 * Reviewed: the 32 findings are all IAC-SECRET-009, committed example credentials in the archived
 * kubernetes/examples manifests (Secret data such as CHAP and Ceph keys, MYSQL_PASSWORD and
 * MINIO_SECRET_KEY literals in container env) and the APM token of an ECK recipe's Secret.
 */
class CorpusReviewTest {
  private static ScanResult result;

  @BeforeAll
  static void scanCorpus() throws IOException {
    Path corpus = Path.of(System.getProperty("iaclint.repoRoot", "."))
        .resolve("../shared/corpus").normalize();
    assumeThat(Files.isDirectory(corpus)).as("shared corpus at %s", corpus).isTrue();
    List<Rule> rules = new BuiltinRuleProvider().rules().stream()
        .filter(r -> r.id().startsWith("IAC-SECRET")).toList();
    result = new Scanner(rules, List.of(new CorpusLoader()))
        .scan(ScanRequest.builder().path(corpus.resolve("kubernetes")).path(corpus.resolve("compose"))
            .path(corpus.resolve("cloudformation")).build());
    StringBuilder review = new StringBuilder();
    for (Finding f : result.findings()) {
      review.append(f.ruleId()).append(' ').append(f.location().toShortString()).append(' ')
          .append(f.resource()).append(" :: ").append(f.message()).append('\n');
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/corpus-secrets.txt"), review.toString());
  }

  @Test
  void findsOnlyTheReviewedCommittedCredentials() {
    Map<String, Integer> perRule = new TreeMap<>();
    result.findings().forEach(f -> perRule.merge(f.ruleId(), 1, Integer::sum));
    assertThat(perRule).containsExactly(Map.entry("IAC-SECRET-009", 32));
    assertThat(result.findings()).allSatisfy(f ->
        assertThat(f.location().file().displayPath()).matches("kubernetes__examples/.*"
            + "|elastic__cloud-on-k8s/config/recipes/elastic-agent/fleet-apm-integration\\.yaml"));
  }

  @Test
  void cloudFormationAndComposeInTheCorpusHoldNoSecrets() {
    // Custom resources' ServiceToken, GetAtt/Ref values, ${VAR:-} defaults and NoEcho parameters.
    assertThat(result.findings()).noneSatisfy(f ->
        assertThat(f.location().file().displayPath()).matches("(aws-cloudformation|deviantony).*"));
  }
}
