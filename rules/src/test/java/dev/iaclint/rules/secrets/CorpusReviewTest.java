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
 * The secrets rules on the whole shared real-world corpus (Terraform, CloudFormation, Kubernetes,
 * compose), with the real loaders. Every finding was reviewed by hand; the list (masked) is
 * written to {@code target/corpus-secrets.txt} for the next review. Reviewed, all genuine:
 *
 * <ul>
 *   <li>bridgecrewio/terragoat, a deliberately vulnerable project: AWS keys in a provider block
 *       and a Lambda (001), in EC2 user data (008), literal SQL server passwords and a password
 *       variable's default (007);
 *   <li>terraform-aws-modules examples: literal passwords, {@code password_wo}, ElastiCache
 *       {@code auth_token} and user {@code passwords}, an OpenSearch master password (007);
 *   <li>kubernetes/examples and one ECK recipe: committed Secret data and credential literals in
 *       container env (009).
 * </ul>
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
    result = new Scanner(rules).scan(ScanRequest.builder().path(corpus).build());
    StringBuilder review = new StringBuilder();
    for (Finding f : result.findings()) {
      review.append(f.ruleId()).append(' ').append(f.location().toShortString()).append(' ')
          .append(f.resource()).append(" :: ").append(f.message()).append('\n');
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/corpus-secrets.txt"), review.toString());
  }

  @Test
  void findsOnlyTheReviewedCredentials() {
    Map<String, Integer> perRule = new TreeMap<>();
    result.findings().forEach(f -> perRule.merge(f.ruleId(), 1, Integer::sum));
    assertThat(perRule).containsExactly(Map.entry("IAC-SECRET-001", 4), Map.entry("IAC-SECRET-007", 23),
        Map.entry("IAC-SECRET-008", 2), Map.entry("IAC-SECRET-009", 32));
    assertThat(result.findings()).allSatisfy(f ->
        assertThat(f.location().file().displayPath()).matches("terraform/bridgecrewio__terragoat/.*"
            + "|terraform/terraform-aws-modules__[a-z-]+/examples/.*"
            + "|kubernetes/kubernetes__examples/.*"
            + "|kubernetes/elastic__cloud-on-k8s/config/recipes/elastic-agent/fleet-apm-integration\\.yaml"));
  }

  @Test
  void cloudFormationAndComposeInTheCorpusHoldNoSecrets() {
    // Custom resources' ServiceToken, GetAtt/Ref values, ${VAR:-} defaults and NoEcho parameters.
    assertThat(result.findings()).noneSatisfy(f ->
        assertThat(f.location().file().displayPath()).matches("(cloudformation|compose)/.*"));
  }

  @Test
  void terraformIdentifiersUnderSecretLikeNamesAreNotSecrets() {
    // access_key_status = "Inactive"; per_module_roles = { auth = ["roles/editor"] }.
    assertThat(result.findings()).noneSatisfy(f -> assertThat(f.ruleId()).isEqualTo("IAC-SECRET-011"));
  }
}
