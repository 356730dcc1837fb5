package dev.iaclint.rules.aws.vpc;

import static dev.iaclint.rules.aws.RuleChecks.failures;
import static dev.iaclint.rules.aws.RuleChecks.passes;
import static dev.iaclint.rules.aws.RuleChecks.undecided;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.testing.YamlGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityGroupRulesTest {
  private static final String SEARCH = "IAC-AWS-VPC-001";
  private static final String ADMIN = "IAC-AWS-VPC-002";
  private static final String ALL = "IAC-AWS-VPC-003";

  @Test
  void aGroupReportsItsInlineRulesAndEachRuleResourceReportsItself() {
    YamlGraph g = YamlGraph.terraform("""
        aws_security_group.sg:
          ingress:
            - from_port: 22
              to_port: 22
              protocol: tcp
              cidr_blocks: [10.0.0.0/8, 0.0.0.0/0]
        aws_security_group_rule.rdp:
          type: ingress
          security_group_id: x
          from_port: 3389
          to_port: 3389
          protocol: tcp
          cidr_blocks: [0.0.0.0/0]
        aws_security_group_rule.out:
          type: egress
          security_group_id: x
          from_port: 22
          to_port: 22
          protocol: tcp
          cidr_blocks: [0.0.0.0/0]
        """).partOf("aws_security_group_rule.rdp", "aws_security_group.sg")
        .partOf("aws_security_group_rule.out", "aws_security_group.sg");

    List<Failure> group = failures(ADMIN, g, "aws_security_group.sg");
    List<Failure> rdp = failures(ADMIN, g, "aws_security_group_rule.rdp");

    assertThat(group).singleElement().satisfies(f -> {
      assertThat(f.location().startLine()).isEqualTo(6);
      assertThat(f.attributePath()).isEqualTo("ingress[0].cidr_blocks");
      assertThat(f.resource()).isEqualTo("aws_security_group.sg");
      assertThat(f.resourceType()).isEqualTo("aws_security_group");
      assertThat(f.message()).endsWith("the rule admits SSH (22) through tcp 22 from 0.0.0.0/0");
    });
    assertThat(rdp).singleElement().satisfies(f -> {
      assertThat(f.attributePath()).isEqualTo("cidr_blocks");
      assertThat(f.resourceType()).isEqualTo("aws_security_group_rule");
    });
    passes(ADMIN, g, "aws_security_group_rule.out");
  }

  @Test
  void anUnknownPortIsUndecidedNotEveryPort() {
    YamlGraph g = YamlGraph.terraform("""
        aws_security_group_rule.r:
          type: ingress
          from_port: !unknown var.port has no value
          to_port: !unknown var.port has no value
          protocol: tcp
          cidr_blocks: [0.0.0.0/0]
        aws_security_group_rule.type:
          type: !unknown var.direction has no value
          from_port: 22
          to_port: 22
          protocol: tcp
          cidr_blocks: [0.0.0.0/0]
        """);

    assertThat(undecided(ALL, g, "aws_security_group_rule.r").reason()).contains("var.port has no value");
    undecided(ADMIN, g, "aws_security_group_rule.r");
    undecided(SEARCH, g, "aws_security_group_rule.r");
    undecided(ADMIN, g, "aws_security_group_rule.type");
  }

  @Test
  void everyPortIsReportedOnceByTheAllPortsRule() {
    YamlGraph g = YamlGraph.terraform("""
        aws_vpc_security_group_ingress_rule.all:
          ip_protocol: "-1"
          cidr_ipv6: "::/0"
        aws_vpc_security_group_ingress_rule.tcp:
          ip_protocol: tcp
          from_port: 0
          to_port: 65535
          cidr_ipv4: 0.0.0.0/0
        """);

    passes(ADMIN, g, "aws_vpc_security_group_ingress_rule.all");
    passes(SEARCH, g, "aws_vpc_security_group_ingress_rule.tcp");
    assertThat(failures(ALL, g, "aws_vpc_security_group_ingress_rule.all")).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("admits all traffic from ::/0"));
    assertThat(failures(ALL, g, "aws_vpc_security_group_ingress_rule.tcp")).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("admits tcp 0-65535 from 0.0.0.0/0"));
  }

  @Test
  void aSourceSetThroughAVariableSaysWhereItWasSet() {
    YamlGraph g = YamlGraph.terraform("""
        aws_vpc_security_group_ingress_rule.ssh:
          ip_protocol: tcp
          from_port: 22
          to_port: 22
          cidr_ipv4: !var:admin_cidr 0.0.0.0/0
        """);

    Failure f = failures(ADMIN, g, "aws_vpc_security_group_ingress_rule.ssh").get(0);

    assertThat(f.message()).contains("; value set by").contains("admin_cidr");
    assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.range().file().displayPath())
        .isEqualTo("terraform.tfvars"));
  }

  @Test
  void httpsFromAnywhereMattersOnlyOnAGroupASearchDomainUses() {
    YamlGraph g = YamlGraph.terraform("""
        aws_security_group.domain:
          name: domain
        aws_security_group.web:
          ingress:
            - from_port: 443
              to_port: 443
              protocol: tcp
              cidr_blocks: [0.0.0.0/0]
        aws_security_group_rule.https:
          type: ingress
          security_group_id: x
          from_port: 443
          to_port: 443
          protocol: tcp
          cidr_blocks: [0.0.0.0/0]
        aws_opensearch_domain.logs:
          vpc_options:
            - security_group_ids: [x]
        """).partOf("aws_security_group_rule.https", "aws_security_group.domain")
        .edge("aws_opensearch_domain.logs", EdgeKind.REFERENCE, "aws_security_group.domain",
            "vpc_options.security_group_ids");

    passes(SEARCH, g, "aws_security_group.web");
    assertThat(failures(SEARCH, g, "aws_security_group_rule.https")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("HTTPS (443) of aws_opensearch_domain.logs"));
  }

  @Test
  void cloudFormationInlineEntriesPointAtTheirCidr() {
    YamlGraph g = YamlGraph.of(dev.iaclint.core.graph.SourceFormat.CLOUDFORMATION, "t.yaml", """
        Sg @ AWS::EC2::SecurityGroup:
          SecurityGroupIngress:
            - IpProtocol: tcp
              FromPort: 443
              ToPort: 443
              CidrIp: 0.0.0.0/0
            - IpProtocol: tcp
              FromPort: 5601
              ToPort: 5601
              CidrIpv6: "::/0"
        """);

    assertThat(failures(SEARCH, g, "Sg")).singleElement().satisfies(f -> {
      assertThat(f.location().startLine()).isEqualTo(10);
      assertThat(f.attributePath()).isEqualTo("SecurityGroupIngress[1].CidrIpv6");
    });
  }

  @Test
  void aSourceGroupOrPrefixListKnownOnlyAfterApplyIsNoAddressBlock() {
    YamlGraph g = YamlGraph.terraform("""
        aws_security_group_rule.from_group:
          type: ingress
          from_port: 0
          to_port: 0
          protocol: "-1"
          source_security_group_id: !unknown aws_security_group.other.id is known only after apply
        aws_vpc_security_group_ingress_rule.from_list:
          ip_protocol: tcp
          from_port: 22
          to_port: 22
          prefix_list_id: !unknown aws_ec2_managed_prefix_list.x.id is known only after apply
        aws_vpc_security_group_ingress_rule.from_unknown_cidr:
          ip_protocol: tcp
          from_port: 22
          to_port: 22
          cidr_ipv4: !unknown module.vpc.vpc_cidr_block is not known
        """);

    passes(ALL, g, "aws_security_group_rule.from_group");
    passes(ADMIN, g, "aws_vpc_security_group_ingress_rule.from_list");
    undecided(ADMIN, g, "aws_vpc_security_group_ingress_rule.from_unknown_cidr");
  }
}
