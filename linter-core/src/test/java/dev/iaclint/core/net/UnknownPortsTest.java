package dev.iaclint.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.testing.YamlGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A port that is not known is not every port: rules must not see 0-65535 where a variable stands. */
class UnknownPortsTest {

  @Test
  void aSecurityGroupRuleWithAnUnknownPortHasUnknownPorts() {
    YamlGraph g = YamlGraph.terraform("""
        aws_security_group_rule.r:
          type: ingress
          from_port: !unknown var.port has no value
          to_port: 22
          protocol: tcp
          cidr_blocks: [0.0.0.0/0]
        aws_security_group_rule.missing:
          type: ingress
          protocol: tcp
          cidr_blocks: [0.0.0.0/0]
        """);

    SecurityGroupRule r = SecurityGroups.ruleResource(g.node("aws_security_group_rule.r"));
    SecurityGroupRule missing = SecurityGroups.ruleResource(g.node("aws_security_group_rule.missing"));

    assertThat(r.ports()).isNull();
    assertThat(r.allPorts()).isEqualTo(Tri.UNKNOWN);
    assertThat(r.coversPort(9200)).isEqualTo(Tri.UNKNOWN);
    assertThat(r.unknownReason()).isEqualTo("from_port is not known: var.port has no value");
    assertThat(missing.allPorts()).isEqualTo(Tri.YES);
  }

  @Test
  void networkAclEntriesWithAnUnknownPortCannotDecide() {
    YamlGraph tf = YamlGraph.terraform("""
        aws_network_acl.a:
          ingress:
            - rule_no: 100
              action: allow
              protocol: tcp
              from_port: 443
              to_port: !unknown var.to has no value
              cidr_block: 0.0.0.0/0
        """);
    YamlGraph cfn = YamlGraph.of(SourceFormat.CLOUDFORMATION, "t.yaml", """
        Acl @ AWS::EC2::NetworkAcl:
          VpcId: vpc
        Entry @ AWS::EC2::NetworkAclEntry:
          NetworkAclId: acl
          RuleNumber: 100
          Protocol: 6
          RuleAction: allow
          CidrBlock: 0.0.0.0/0
          PortRange:
            From: !unknown the parameter Port has no value
            To: 443
        """).partOf("Entry", "Acl");

    List<NetworkAclEntry> tfEntries = NetworkAcls.entries(tf.node("aws_network_acl.a"), tf.graph());
    List<NetworkAclEntry> cfnEntries = NetworkAcls.entries(cfn.node("Acl"), cfn.graph());

    assertThat(tfEntries).singleElement().satisfies(e -> assertThat(e.isKnown()).isFalse());
    assertThat(NetworkAcls.fromAnywhere(tfEntries, false, false, 22, Protocol.TCP).allowed()).isEqualTo(Tri.UNKNOWN);
    assertThat(cfnEntries).singleElement().satisfies(e -> {
      assertThat(e.isKnown()).isFalse();
      assertThat(e.unknownReason()).isEqualTo("PortRange.From is not known: the parameter Port has no value");
    });
    assertThat(NetworkAcls.fromAnywhere(cfnEntries, false, false, 22, Protocol.TCP).allowed())
        .isEqualTo(Tri.UNKNOWN);
  }

  @Test
  void anEntryWithAnUnknownNumberMayComeFirstButOnlyIfItCouldMatch() {
    YamlGraph g = YamlGraph.terraform("""
        aws_network_acl.a:
          ingress:
            - rule_no: !unknown var.first has no value
              action: deny
              protocol: tcp
              from_port: 22
              to_port: 22
              cidr_block: 0.0.0.0/0
            - rule_no: !unknown var.second has no value
              action: deny
              protocol: tcp
              from_port: 22
              to_port: 22
              cidr_block: 10.0.0.0/8
            - rule_no: 200
              action: allow
              protocol: "-1"
              from_port: 0
              to_port: 0
              cidr_block: 0.0.0.0/0
        """);
    List<NetworkAclEntry> entries = NetworkAcls.entries(g.node("aws_network_acl.a"), g.graph());

    NetworkAcls.Decision ssh = NetworkAcls.fromAnywhere(entries, false, false, 22, Protocol.TCP);

    assertThat(ssh.allowed()).isEqualTo(Tri.UNKNOWN);
    assertThat(ssh.reason()).isEqualTo("rule_no is not known: var.first has no value");
    assertThat(NetworkAcls.fromAnywhere(entries, false, false, 443, Protocol.TCP).allowed()).isEqualTo(Tri.YES);
    assertThat(NetworkAcls.allTrafficFromAnywhere(entries, false, false).allowed()).isEqualTo(Tri.YES);
  }
}
