package dev.iaclint.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.testing.YamlGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkReasoningTest {

  @Test
  void securityGroupRulesComeFromInlineBlocksAndEveryKindOfRuleResource() {
    YamlGraph g = YamlGraph.terraform("""
        aws_security_group.sg:
          ingress:
            - from_port: 443
              to_port: 443
              protocol: tcp
              cidr_blocks: [10.0.0.0/8]
          egress:
            - from_port: 0
              to_port: 0
              protocol: "-1"
              cidr_blocks: [0.0.0.0/0]
        aws_security_group_rule.ssh:
          type: ingress
          from_port: 22
          to_port: 22
          protocol: tcp
          cidr_blocks: [0.0.0.0/0]
        aws_vpc_security_group_ingress_rule.all:
          ip_protocol: "-1"
          cidr_ipv6: "::/0"
        aws_vpc_security_group_egress_rule.out:
          ip_protocol: tcp
          from_port: 443
          to_port: 443
          cidr_ipv4: 0.0.0.0/0
        """)
        .partOf("aws_security_group_rule.ssh", "aws_security_group.sg")
        .partOf("aws_vpc_security_group_ingress_rule.all", "aws_security_group.sg")
        .partOf("aws_vpc_security_group_egress_rule.out", "aws_security_group.sg");

    List<SecurityGroupRule> in = SecurityGroups.ingress(g.node("aws_security_group.sg"), g.graph());
    List<SecurityGroupRule> out = SecurityGroups.egress(g.node("aws_security_group.sg"), g.graph());

    assertThat(in).extracting(r -> r.location().startLine()).containsExactly(3, 12, 18);
    assertThat(in).extracting(SecurityGroupRule::fromAnywhere).containsExactly(Tri.NO, Tri.YES, Tri.YES);
    assertThat(in).extracting(r -> r.coversPort(22)).containsExactly(Tri.NO, Tri.YES, Tri.YES);
    assertThat(in).extracting(SecurityGroupRule::allPorts).containsExactly(Tri.NO, Tri.NO, Tri.YES);
    assertThat(out).hasSize(2);
  }

  @Test
  void cloudFormationIngressEntriesAndResourcesAreRead() {
    YamlGraph g = YamlGraph.of(SourceFormat.CLOUDFORMATION, "template.yaml", """
        Sg @ AWS::EC2::SecurityGroup:
          SecurityGroupIngress:
            - IpProtocol: tcp
              FromPort: "9200"
              ToPort: "9300"
              CidrIp: 0.0.0.0/0
            - IpProtocol: -1
              SourceSecurityGroupId: sg-123
        Ssh @ AWS::EC2::SecurityGroupIngress:
          GroupId: sg
          IpProtocol: "6"
          FromPort: 22
          ToPort: 22
          CidrIpv6: "::/0"
        """).partOf("Ssh", "Sg");

    List<SecurityGroupRule> in = SecurityGroups.ingress(g.node("Sg"), g.graph());

    assertThat(in).extracting(r -> r.coversPort(9250)).containsExactly(Tri.YES, Tri.YES, Tri.NO);
    assertThat(in).extracting(SecurityGroupRule::fromAnywhere).containsExactly(Tri.YES, Tri.NO, Tri.YES);
    assertThat(in.get(1).otherSources()).containsExactly("sg-123");
    assertThat(in.get(2).coversPort(22)).isEqualTo(Tri.YES);
  }

  @Test
  void anUnknownSourceMakesARuleUndecided() {
    YamlGraph g = YamlGraph.terraform("""
        aws_security_group_rule.r:
          type: ingress
          from_port: 22
          to_port: 22
          protocol: tcp
          cidr_blocks: [!unknown var.admin_cidr has no value]
        """);

    SecurityGroupRule r = SecurityGroups.ruleResource(g.node("aws_security_group_rule.r"));

    assertThat(r.fromAnywhere()).isEqualTo(Tri.UNKNOWN);
    assertThat(r.unknownReason()).isEqualTo("cidr_blocks is not known: var.admin_cidr has no value");
  }

  @Test
  void aLowerNumberedDenyFromAnywhereWinsOverALaterAllow() {
    YamlGraph g = YamlGraph.terraform("""
        aws_network_acl.a:
          ingress:
            - rule_no: 200
              action: allow
              protocol: tcp
              from_port: 0
              to_port: 65535
              cidr_block: 0.0.0.0/0
            - rule_no: 100
              action: deny
              protocol: tcp
              from_port: 22
              to_port: 22
              cidr_block: 0.0.0.0/0
            - rule_no: 50
              action: deny
              protocol: tcp
              from_port: 9200
              to_port: 9200
              cidr_block: 10.0.0.0/8
        aws_network_acl_rule.v6:
          network_acl_id: x
          rule_number: 10
          protocol: "-1"
          rule_action: allow
          ipv6_cidr_block: "::/0"
        aws_network_acl_rule.out:
          network_acl_id: x
          egress: true
          rule_number: 1
          protocol: "-1"
          rule_action: allow
          cidr_block: 0.0.0.0/0
        """)
        .partOf("aws_network_acl_rule.v6", "aws_network_acl.a")
        .partOf("aws_network_acl_rule.out", "aws_network_acl.a");
    List<NetworkAclEntry> entries = NetworkAcls.entries(g.node("aws_network_acl.a"), g.graph());

    NetworkAcls.Decision ssh = NetworkAcls.fromAnywhere(entries, false, false, 22, Protocol.TCP);
    NetworkAcls.Decision es = NetworkAcls.fromAnywhere(entries, false, false, 9200, Protocol.TCP);

    assertThat(ssh.allowed()).isEqualTo(Tri.NO);
    assertThat(ssh.entry().ruleNumber()).isEqualTo(100);
    assertThat(es.allowed()).isEqualTo(Tri.YES);
    assertThat(es.entry().location().startLine()).isEqualTo(3);
    assertThat(NetworkAcls.fromAnywhere(entries, false, true, 22, Protocol.TCP).allowed()).isEqualTo(Tri.YES);
    assertThat(NetworkAcls.allTrafficFromAnywhere(entries, false, false).allowed()).isEqualTo(Tri.NO);
    assertThat(NetworkAcls.allTrafficFromAnywhere(entries, false, true).allowed()).isEqualTo(Tri.YES);
    assertThat(NetworkAcls.allTrafficFromAnywhere(entries, true, false).allowed()).isEqualTo(Tri.YES);
  }

  @Test
  void anUnreadableEntryBeforeTheDecidingOneMakesItUndecided() {
    YamlGraph g = YamlGraph.terraform("""
        aws_network_acl.a:
          ingress:
            - rule_no: 100
              action: allow
              protocol: "-1"
              from_port: 0
              to_port: 0
              cidr_block: 0.0.0.0/0
            - rule_no: 90
              action: deny
              protocol: "-1"
              from_port: 0
              to_port: 0
              cidr_block: !unknown var.blocked has no value
        """);
    List<NetworkAclEntry> entries = NetworkAcls.entries(g.node("aws_network_acl.a"), g.graph());

    NetworkAcls.Decision d = NetworkAcls.fromAnywhere(entries, false, false, 22, null);

    assertThat(d.allowed()).isEqualTo(Tri.UNKNOWN);
    assertThat(d.reason()).isEqualTo("cidr_block is not known: var.blocked has no value");
  }

  @Test
  void cloudFormationEntriesUsePortRangeAndProtocolNumbers() {
    YamlGraph g = YamlGraph.of(SourceFormat.CLOUDFORMATION, "t.yaml", """
        Acl @ AWS::EC2::NetworkAcl:
          VpcId: vpc
        Entry @ AWS::EC2::NetworkAclEntry:
          NetworkAclId: acl
          RuleNumber: 100
          Protocol: 6
          RuleAction: allow
          CidrBlock: 0.0.0.0/0
          PortRange:
            From: 3389
            To: 3389
        """).partOf("Entry", "Acl");

    List<NetworkAclEntry> entries = NetworkAcls.entries(g.node("Acl"), g.graph());

    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.egress()).isFalse();
      assertThat(e.ports().covers(3389)).isTrue();
    });
    assertThat(NetworkAcls.fromAnywhere(entries, false, false, 3389, Protocol.TCP).allowed()).isEqualTo(Tri.YES);
    assertThat(NetworkAcls.fromAnywhere(entries, false, false, 22, Protocol.TCP).allowed()).isEqualTo(Tri.NO);
  }
}
