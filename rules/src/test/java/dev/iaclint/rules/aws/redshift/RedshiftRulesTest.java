package dev.iaclint.rules.aws.redshift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.hcl.HclParser;
import dev.iaclint.core.load.HclDocument;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RuleContext;
import dev.iaclint.core.rule.Severity;
import dev.iaclint.core.source.SourceFile;
import dev.iaclint.core.testing.YamlGraph;
import dev.iaclint.rules.aws.RuleChecks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Redshift defaults that changed in AWS provider 6.0, decided from the module's version constraint. */
class RedshiftRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "~> 5.0            | true  | false",
      "~> 5.40.1         | true  | false",
      ">= 4.0, < 6.0     | true  | false",
      "5.31.0            | true  | false",
      ">= 4.0            | true  | true",
      "> 5.99, <= 6.0.0  | true  | true",
      ">= 6.0            | false | true",
      "~> 6.2            | false | true",
      "~> 6              | false | true",
      "< 6.0, > 6.1      | false | false"})
  void versionConstraintsAdmitVersionsBeforeAndFromSix(String constraint, boolean before6, boolean from6) {
    AwsProviderVersions.Allowed a = AwsProviderVersions.allowed(List.of(constraint), null);
    assertThat(a.before6()).as("before 6").isEqualTo(before6);
    assertThat(a.from6()).as("from 6").isEqualTo(from6);
  }

  @Test
  void anUnreadableConstraintStatesNothing() {
    assertThat(AwsProviderVersions.allowed(List.of("latest"), null)).isNull();
  }

  private static final String CLUSTERS = """
      aws_redshift_cluster.defaults:
        cluster_identifier: warehouse
      aws_redshift_cluster.explicit:
        publicly_accessible: true
        encrypted: false
      """;

  private static RuleContext withVersions(YamlGraph g, String constraint) {
    SourceFile versions = SourceFile.of("versions.tf", """
        terraform {
          required_providers {
            aws = {
              source  = "hashicorp/aws"
              version = "%s"
            }
          }
        }
        """.formatted(constraint));
    return new RuleContext(g.graph(), List.of(new HclDocument(versions, HclParser.parse(versions).file())));
  }

  private static CheckResult check(String id, YamlGraph g, RuleContext context, String address) {
    return RuleChecks.rule(id).check(g.node(address), context);
  }

  @Test
  void leftOutWithProviderFiveOnlyIsPublicAndUnencrypted() {
    YamlGraph g = YamlGraph.terraform(CLUSTERS);
    RuleContext five = withVersions(g, "~> 5.0");

    for (String id : List.of("IAC-AWS-REDSHIFT-001", "IAC-AWS-REDSHIFT-002")) {
      CheckResult r = check(id, g, five, "aws_redshift_cluster.defaults");
      assertThat(r).as(id).isInstanceOf(CheckResult.Fail.class);
      Failure f = ((CheckResult.Fail) r).failures().get(0);
      assertThat(f.severity()).isNull();
      assertThat(f.location().startLine()).isEqualTo(1);
      assertThat(f.related()).singleElement().satisfies(rel -> assertThat(rel.range().file().displayPath())
          .isEqualTo("versions.tf"));
    }
  }

  @Test
  void leftOutWithAConstraintAdmittingBothIsMediumAndWithSixOnlyPasses() {
    YamlGraph g = YamlGraph.terraform(CLUSTERS);

    CheckResult both = check("IAC-AWS-REDSHIFT-001", g, withVersions(g, ">= 4.0"), "aws_redshift_cluster.defaults");
    assertThat(((CheckResult.Fail) both).failures().get(0).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(check("IAC-AWS-REDSHIFT-002", g, withVersions(g, ">= 6.0"), "aws_redshift_cluster.defaults"))
        .isEqualTo(CheckResult.pass());
  }

  @Test
  void leftOutWithoutAConstraintIsUndecidedAndExplicitValuesDecide() {
    YamlGraph g = YamlGraph.terraform(CLUSTERS);
    RuleContext none = new RuleContext(g.graph(), List.of());

    assertThat(check("IAC-AWS-REDSHIFT-001", g, none, "aws_redshift_cluster.defaults"))
        .isInstanceOf(CheckResult.Indeterminate.class);
    for (String id : List.of("IAC-AWS-REDSHIFT-001", "IAC-AWS-REDSHIFT-002")) {
      CheckResult r = check(id, g, withVersions(g, ">= 6.0"), "aws_redshift_cluster.explicit");
      assertThat(r).as(id).isInstanceOf(CheckResult.Fail.class);
    }
  }
}
