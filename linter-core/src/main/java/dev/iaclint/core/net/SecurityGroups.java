package dev.iaclint.core.net;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rules of a security group, gathered from the group and its split-out rule resources. */
public final class SecurityGroups {
  /** Security group resource types whose rules this class reads. */
  public static final List<String> GROUP_TYPES = List.of("aws_security_group", "aws_default_security_group",
      "AWS::EC2::SecurityGroup");

  private SecurityGroups() {}

  /** Every ingress rule of {@code group}: inline, and from linked rule resources ({@code PART_OF}). */
  public static List<SecurityGroupRule> ingress(Node group, ResourceGraph graph) {
    return rules(group, graph, true);
  }

  /** Every egress rule of {@code group}. */
  public static List<SecurityGroupRule> egress(Node group, ResourceGraph graph) {
    return rules(group, graph, false);
  }

  private static List<SecurityGroupRule> rules(Node group, ResourceGraph graph, boolean ingress) {
    List<SecurityGroupRule> result = new ArrayList<>();
    if (group.format() == SourceFormat.CLOUDFORMATION) {
      Value inline = group.config().get(ingress ? "SecurityGroupIngress" : "SecurityGroupEgress");
      addCfnEntries(group, inline, ingress, result);
      for (Node part : graph.parts(group, ingress ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress")) {
        result.add(cfnRule(part, part.config(), ingress, part.headerRange()));
      }
      return result;
    }
    Value inline = group.config().get(ingress ? "ingress" : "egress");
    if (inline instanceof UnknownValue u) {
      result.add(unknown(group, ingress, (ingress ? "ingress" : "egress") + " is not known: " + u.reason(),
          group.config().memberRange(ingress ? "ingress" : "egress")));
    }
    for (Value v : Values.elements(inline)) {
      if (v instanceof MapValue block) {
        result.add(terraformRule(group, block, ingress, block.range()));
      }
    }
    for (Node part : graph.parts(group, "aws_security_group_rule", "aws_vpc_security_group_ingress_rule",
        "aws_vpc_security_group_egress_rule")) {
      SecurityGroupRule r = ruleResource(part);
      if (r != null && r.ingress() == ingress) {
        result.add(r);
      }
    }
    return result;
  }

  /**
   * A separate rule resource read on its own ({@code aws_security_group_rule}, {@code
   * aws_vpc_security_group_ingress_rule}/{@code _egress_rule}, {@code AWS::EC2::SecurityGroupIngress}
   * /{@code Egress}); {@code null} for any other type, or for an {@code aws_security_group_rule}
   * whose {@code type} is unknown.
   */
  public static SecurityGroupRule ruleResource(Node node) {
    return switch (node.type()) {
      case "aws_security_group_rule" -> {
        FieldReader f = new FieldReader(node.config());
        String type = f.string("type");
        if (type == null) {
          yield null;
        }
        yield terraformRule(node, node.config(), type.toLowerCase(Locale.ROOT).equals("ingress"), node.headerRange());
      }
      case "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule" -> {
        FieldReader f = new FieldReader(node.config());
        PortRange ports = f.ports("ip_protocol", "from_port", "to_port");
        List<Cidr> sources = new ArrayList<>();
        List<String> other = new ArrayList<>();
        addCidrs(f.strings("cidr_ipv4"), sources, other);
        addCidrs(f.strings("cidr_ipv6"), sources, other);
        other.addAll(f.strings("referenced_security_group_id"));
        other.addAll(f.strings("prefix_list_id"));
        yield new SecurityGroupRule(node.type().endsWith("ingress_rule"), ports, sources, other, f.unknownReason(),
            node, node.headerRange(), node.config());
      }
      case "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress" ->
          cfnRule(node, node.config(), node.type().endsWith("Ingress"), node.headerRange());
      default -> null;
    };
  }

  private static SecurityGroupRule terraformRule(Node node, MapValue block, boolean ingress,
      dev.iaclint.core.source.SourceRange location) {
    FieldReader f = new FieldReader(block);
    PortRange ports = f.ports("protocol", "from_port", "to_port");
    List<Cidr> sources = new ArrayList<>();
    List<String> other = new ArrayList<>();
    addCidrs(f.strings("cidr_blocks"), sources, other);
    addCidrs(f.strings("ipv6_cidr_blocks"), sources, other);
    other.addAll(f.strings("prefix_list_ids"));
    other.addAll(f.strings("security_groups"));
    other.addAll(f.strings("source_security_group_id"));
    if (Boolean.TRUE.equals(f.bool("self"))) {
      other.add("self");
    }
    return new SecurityGroupRule(ingress, ports, sources, other, f.unknownReason(), node, location, block);
  }

  private static void addCfnEntries(Node group, Value entries, boolean ingress, List<SecurityGroupRule> out) {
    if (entries instanceof UnknownValue u) {
      out.add(unknown(group, ingress, "the group's rules are not known: " + u.reason(), group.headerRange()));
      return;
    }
    for (Value v : Values.elements(entries)) {
      if (v instanceof MapValue entry) {
        out.add(cfnRule(group, entry, ingress, entry.range()));
      } else if (v instanceof UnknownValue u) {
        out.add(unknown(group, ingress, "a rule is not known: " + u.reason(), v.range()));
      }
    }
  }

  private static SecurityGroupRule cfnRule(Node node, MapValue entry, boolean ingress,
      dev.iaclint.core.source.SourceRange location) {
    FieldReader f = new FieldReader(entry);
    PortRange ports = f.ports("IpProtocol", "FromPort", "ToPort");
    List<Cidr> sources = new ArrayList<>();
    List<String> other = new ArrayList<>();
    addCidrs(f.strings("CidrIp"), sources, other);
    addCidrs(f.strings("CidrIpv6"), sources, other);
    for (String k : List.of("SourceSecurityGroupId", "SourceSecurityGroupName", "SourcePrefixListId",
        "DestinationSecurityGroupId", "DestinationPrefixListId")) {
      other.addAll(f.strings(k));
    }
    return new SecurityGroupRule(ingress, ports, sources, other, f.unknownReason(), node, location, entry);
  }

  private static SecurityGroupRule unknown(Node node, boolean ingress, String reason,
      dev.iaclint.core.source.SourceRange location) {
    return new SecurityGroupRule(ingress, null, List.of(), List.of(), reason, node, location, null);
  }

  private static void addCidrs(List<String> values, List<Cidr> cidrs, List<String> other) {
    for (String v : values) {
      Cidr c = Cidr.parse(v);
      if (c != null) {
        cidrs.add(c);
      } else {
        other.add(v);
      }
    }
  }
}
