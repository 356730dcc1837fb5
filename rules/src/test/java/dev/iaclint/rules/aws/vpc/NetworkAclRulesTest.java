package dev.iaclint.rules.aws.vpc;

import static dev.iaclint.rules.aws.RuleChecks.failures;
import static dev.iaclint.rules.aws.RuleChecks.passes;
import static dev.iaclint.rules.aws.RuleChecks.undecided;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.net.PortRange;
import dev.iaclint.core.net.Protocol;
import dev.iaclint.core.testing.YamlGraph;
import org.junit.jupiter.api.Test;

class NetworkAclRulesTest {
  private static final String PORTS = "IAC-AWS-VPC-005";
  private static final String ALL = "IAC-AWS-VPC-006";

  @Test
  void ephemeralRangesAreTheDocumentedReturnTrafficRanges() {
    assertThat(NetworkAclOpenAdminPortsRule.isEphemeralRange(new PortRange(Protocol.TCP, 1024, 65535))).isTrue();
    assertThat(NetworkAclOpenAdminPortsRule.isEphemeralRange(new PortRange(Protocol.UDP, 49152, 65535))).isTrue();
    assertThat(NetworkAclOpenAdminPortsRule.isEphemeralRange(new PortRange(Protocol.TCP, 1023, 65535))).isFalse();
    assertThat(NetworkAclOpenAdminPortsRule.isEphemeralRange(new PortRange(Protocol.TCP, 1024, 65534))).isFalse();
    assertThat(NetworkAclOpenAdminPortsRule.isEphemeralRange(new PortRange(Protocol.TCP, 0, 65535))).isFalse();
  }

  @Test
  void anAllowAfterAnEphemeralAllowIsStillReportedAndADenyBeforeItIsNot() {
    YamlGraph g = YamlGraph.terraform("""
        aws_network_acl.a:
          ingress:
            - rule_no: 100
              action: allow
              protocol: tcp
              from_port: 1024
              to_port: 65535
              cidr_block: 0.0.0.0/0
            - rule_no: 110
              action: allow
              protocol: tcp
              from_port: 3389
              to_port: 3389
              cidr_block: 0.0.0.0/0
            - rule_no: 120
              action: allow
              protocol: tcp
              from_port: 22
              to_port: 22
              cidr_block: 0.0.0.0/0
            - rule_no: 90
              action: deny
              protocol: tcp
              from_port: 22
              to_port: 22
              cidr_block: 0.0.0.0/0
        """);

    assertThat(failures(PORTS, g, "aws_network_acl.a")).singleElement().satisfies(f -> {
      assertThat(f.location().startLine()).isEqualTo(9);
      assertThat(f.message()).isEqualTo("Network ACL allows RDP (3389) from 0.0.0.0/0 (rule 110, tcp 3389)");
    });
  }

  @Test
  void anUnreadableEntryThatMayComeFirstLeavesTheAclUndecided() {
    YamlGraph g = YamlGraph.terraform("""
        aws_network_acl.all:
          ingress:
            - rule_no: !unknown var.first has no value
              action: deny
              protocol: "-1"
              from_port: 0
              to_port: 0
              cidr_block: 0.0.0.0/0
            - rule_no: 200
              action: allow
              protocol: "-1"
              from_port: 0
              to_port: 0
              cidr_block: 0.0.0.0/0
        aws_network_acl.ssh:
          ingress:
            - rule_no: 100
              action: deny
              protocol: tcp
              from_port: 22
              to_port: 22
              cidr_block: !unknown var.blocked has no value
            - rule_no: 210
              action: allow
              protocol: tcp
              from_port: 22
              to_port: 22
              cidr_block: 0.0.0.0/0
        """);

    assertThat(undecided(ALL, g, "aws_network_acl.all").reason()).contains("var.first has no value");
    // The SSH allow comes after an allow of everything: IAC-AWS-VPC-006 judges that ACL.
    passes(PORTS, g, "aws_network_acl.all");
    assertThat(undecided(PORTS, g, "aws_network_acl.ssh").reason()).contains("var.blocked has no value");
  }

  @Test
  void entriesOfAnAclOutsideTheConfigurationAreJudgedTogetherEachReportingItself() {
    YamlGraph g = YamlGraph.terraform("""
        variable.acl_id:
          value: !unknown no value
        variable.other_acl_id:
          value: !unknown no value
        aws_network_acl_rule.deny_all:
          network_acl_id: !unknown var.acl_id has no value
          rule_number: 10
          protocol: "-1"
          rule_action: deny
          cidr_block: 0.0.0.0/0
        aws_network_acl_rule.allow_all:
          network_acl_id: !unknown var.acl_id has no value
          rule_number: 100
          protocol: "-1"
          rule_action: allow
          cidr_block: 0.0.0.0/0
        aws_network_acl_rule.elsewhere:
          network_acl_id: !unknown var.other_acl_id has no value
          rule_number: 100
          protocol: "-1"
          rule_action: allow
          cidr_block: 0.0.0.0/0
        aws_network_acl_rule.ssh:
          network_acl_id: !unknown var.other_acl_id has no value
          rule_number: 110
          protocol: tcp
          rule_action: allow
          from_port: 22
          to_port: 22
          cidr_block: 0.0.0.0/0
        """)
        .edge("aws_network_acl_rule.deny_all", EdgeKind.REFERENCE, "variable.acl_id", "network_acl_id")
        .edge("aws_network_acl_rule.allow_all", EdgeKind.REFERENCE, "variable.acl_id", "network_acl_id")
        .edge("aws_network_acl_rule.elsewhere", EdgeKind.REFERENCE, "variable.other_acl_id", "network_acl_id")
        .edge("aws_network_acl_rule.ssh", EdgeKind.REFERENCE, "variable.other_acl_id", "network_acl_id");

    passes(ALL, g, "aws_network_acl_rule.allow_all");
    passes(ALL, g, "aws_network_acl_rule.deny_all");
    assertThat(failures(ALL, g, "aws_network_acl_rule.elsewhere")).singleElement()
        .satisfies(f -> assertThat(f.resource()).isEqualTo("aws_network_acl_rule.elsewhere"));
    passes(ALL, g, "aws_network_acl_rule.ssh");
    // The SSH allow comes after an allow of everything: that one is IAC-AWS-VPC-006's.
    passes(PORTS, g, "aws_network_acl_rule.ssh");
  }

  @Test
  void entriesLinkedToTheirAclAreReportedThroughIt() {
    YamlGraph g = YamlGraph.terraform("""
        aws_network_acl.a:
          vpc_id: vpc
        aws_network_acl_rule.ssh:
          network_acl_id: x
          rule_number: 100
          protocol: tcp
          rule_action: allow
          from_port: 22
          to_port: 22
          ipv6_cidr_block: "::/0"
        """).partOf("aws_network_acl_rule.ssh", "aws_network_acl.a");

    passes(PORTS, g, "aws_network_acl_rule.ssh");
    assertThat(failures(PORTS, g, "aws_network_acl.a")).singleElement().satisfies(f -> {
      assertThat(f.resource()).isEqualTo("aws_network_acl_rule.ssh");
      // The entry's own type goes with its name, not the ACL's the check ran on.
      assertThat(f.resourceType()).isEqualTo("aws_network_acl_rule");
      assertThat(f.message()).contains("from ::/0");
    });
  }
}
