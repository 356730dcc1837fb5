package dev.iaclint.rules.aws.es;

import static dev.iaclint.rules.aws.es.EsRulesTesting.check;
import static dev.iaclint.rules.aws.es.EsRulesTesting.failures;
import static dev.iaclint.rules.aws.es.EsRulesTesting.passes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.testing.YamlGraph;
import org.junit.jupiter.api.Test;

class NoAuthenticationRuleTest {
  private static final String ID = "IAC-AWS-ES-006";
  private static final String OPEN = "'{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"es:*\"}]}'";

  @Test
  void anOpenPolicyWithoutFineGrainedAccessControlOrCognitoHasNoAuthentication() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.logs:
          domain_name: logs
          access_policies: %s
        """.formatted(OPEN));

    Failure f = failures(ID, g, "aws_opensearch_domain.logs").get(0);

    assertThat(f.location().startLine()).isEqualTo(3);
    assertThat(f.severity()).isNull();
    assertThat(f.message()).startsWith("Domain has no authentication: access policy statement 1 allows anyone")
        .endsWith("fine-grained access control is off and Cognito authentication is not enabled");
  }

  @Test
  void fineGrainedAccessControlOrCognitoIsAuthentication() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.fgac:
          advanced_security_options:
            - enabled: true
          access_policies: %1$s
        aws_opensearch_domain.cognito:
          cognito_options:
            - enabled: true
              user_pool_id: pool
          access_policies: %1$s
        aws_opensearch_domain.private:
          access_policies: '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::1:role/r"},"Action":"es:*"}]}'
        """.formatted(OPEN));

    passes(ID, g, "aws_opensearch_domain.fgac");
    passes(ID, g, "aws_opensearch_domain.cognito");
    passes(ID, g, "aws_opensearch_domain.private");
  }

  @Test
  void anUnknownSwitchMakesItIndeterminate() {
    YamlGraph g = YamlGraph.terraform("""
        aws_opensearch_domain.logs:
          advanced_security_options:
            - enabled: !unknown var.fgac has no value
          access_policies: %s
        """.formatted(OPEN));

    assertThat(check(ID, g, "aws_opensearch_domain.logs")).isInstanceOfSatisfying(CheckResult.Indeterminate.class,
        i -> assertThat(i.reason()).isEqualTo(
            "the access policy is public, but whether fine-grained access control is enabled is not known"));
  }
}
