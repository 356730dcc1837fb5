package dev.iaclint.core.net;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Network ACL evaluation. Entries are evaluated in rule-number order and the first that matches
 * decides, so a lower-numbered deny wins over a later allow; the implicit final rule denies.
 */
public final class NetworkAcls {
  /** Network ACL resource types whose entries this class reads. */
  public static final List<String> ACL_TYPES = List.of("aws_network_acl", "aws_default_network_acl",
      "AWS::EC2::NetworkAcl");

  private NetworkAcls() {}

  /** Every entry of {@code acl}: inline blocks and linked entry resources, in rule-number order. */
  public static List<NetworkAclEntry> entries(Node acl, ResourceGraph graph) {
    List<NetworkAclEntry> result = new ArrayList<>();
    if (acl.format() == SourceFormat.CLOUDFORMATION) {
      for (Node part : graph.parts(acl, "AWS::EC2::NetworkAclEntry")) {
        result.add(entry(part));
      }
    } else {
      for (String direction : List.of("ingress", "egress")) {
        Value blocks = acl.config().get(direction);
        if (blocks instanceof UnknownValue u) {
          result.add(new NetworkAclEntry(null, direction.equals("egress"), null, null, null,
              direction + " is not known: " + u.reason(), acl, acl.config().memberRange(direction)));
        }
        for (Value v : Values.elements(blocks)) {
          if (v instanceof MapValue block) {
            FieldReader f = new FieldReader(block);
            Cidr cidr = cidr(f, "cidr_block", "ipv6_cidr_block");
            result.add(new NetworkAclEntry(f.integer("rule_no"), direction.equals("egress"), action(f, "action"),
                f.ports("protocol", "from_port", "to_port"), cidr, f.unknownReason(), acl, block.range()));
          }
        }
      }
      for (Node part : graph.parts(acl, "aws_network_acl_rule")) {
        result.add(entry(part));
      }
    }
    result.sort(Comparator.comparing((NetworkAclEntry e) -> e.ruleNumber() == null ? Integer.MAX_VALUE : e.ruleNumber()));
    return result;
  }

  /** A separate entry resource ({@code aws_network_acl_rule}, {@code AWS::EC2::NetworkAclEntry}); {@code null} otherwise. */
  public static NetworkAclEntry entry(Node node) {
    FieldReader f = new FieldReader(node.config());
    return switch (node.type()) {
      case "aws_network_acl_rule" -> new NetworkAclEntry(f.integer("rule_number"),
          Boolean.TRUE.equals(f.bool("egress")), action(f, "rule_action"), f.ports("protocol", "from_port", "to_port"),
          cidr(f, "cidr_block", "ipv6_cidr_block"), f.unknownReason(), node, node.headerRange());
      case "AWS::EC2::NetworkAclEntry" -> {
        MapValue range = f.map("PortRange");
        PortRange ports;
        String protocol = f.string("Protocol");
        Protocol p = protocol == null ? null : Protocol.parse(protocol);
        String portsUnknown = null;
        if (p == null) {
          ports = null;
        } else if (p.isAll() || !p.hasPorts()) {
          ports = new PortRange(p, 0, 0);
        } else {
          FieldReader r = range == null ? null : new FieldReader(range);
          Integer from = r == null ? null : r.integer("From");
          Integer to = r == null ? null : r.integer("To");
          // An unknown port is not every port.
          portsUnknown = r == null || r.unknownReason() == null ? null : "PortRange." + r.unknownReason();
          ports = portsUnknown != null ? null : new PortRange(p, from == null ? -1 : from, to == null ? -1 : to);
        }
        Integer ruleNumber = f.integer("RuleNumber");
        Boolean egress = f.bool("Egress");
        Boolean allow = action(f, "RuleAction");
        Cidr cidr = cidr(f, "CidrBlock", "Ipv6CidrBlock");
        yield new NetworkAclEntry(ruleNumber, Boolean.TRUE.equals(egress), allow, ports, cidr,
            f.unknownReason() != null ? f.unknownReason() : portsUnknown, node, node.headerRange());
      }
      default -> null;
    };
  }

  private static Boolean action(FieldReader f, String key) {
    String a = f.string(key);
    if (a == null) {
      return null;
    }
    return switch (a.toLowerCase(Locale.ROOT)) {
      case "allow" -> Boolean.TRUE;
      case "deny" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static Cidr cidr(FieldReader f, String v4, String v6) {
    String s = f.string(v4);
    if (s == null || s.isEmpty()) {
      s = f.string(v6);
    }
    return s == null ? null : Cidr.parse(s);
  }

  /**
   * How traffic from (or, for egress, to) any internet address reaches {@code port}: decided by the
   * first entry, in rule-number order, whose block is "anywhere" ({@code /0}) of the family and
   * whose protocol and ports match. Entries for narrower blocks do not decide it: the rest of the
   * internet is still let through or turned away by the others.
   *
   * @param traffic TCP or UDP; {@code null} when either counts
   * @return YES with the allowing entry, NO (a deny, or no entry: the implicit deny), or UNKNOWN
   */
  public static Decision fromAnywhere(List<NetworkAclEntry> entries, boolean egress, boolean ipv6, int port,
      Protocol traffic) {
    return decide(entries, egress, ipv6, e -> e.ports().covers(port, traffic));
  }

  /**
   * Whether all protocols from anywhere are allowed: an allow with protocol all from a /0 block
   * that no lower-numbered deny of all protocols from a /0 block of the same family shadows.
   */
  public static Decision allTrafficFromAnywhere(List<NetworkAclEntry> entries, boolean egress, boolean ipv6) {
    return decide(entries, egress, ipv6, e -> e.ports().protocol().isAll());
  }

  /** What decided: the entry (null for the implicit deny), or why it cannot be told. */
  public record Decision(Tri allowed, NetworkAclEntry entry, String reason, SourceRange unknownAt) {}

  private static Decision decide(List<NetworkAclEntry> entries, boolean egress, boolean ipv6,
      java.util.function.Predicate<NetworkAclEntry> matches) {
    // An entry whose number is unknown may come first: it goes first.
    List<NetworkAclEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing((NetworkAclEntry e) -> e.ruleNumber() == null ? Integer.MIN_VALUE : e.ruleNumber()));
    NetworkAclEntry undecided = null;
    for (NetworkAclEntry e : sorted) {
      if (e.egress() != egress) {
        continue;
      }
      if (!e.isKnown()) {
        // An entry we cannot read might come first and decide; remember it, keep looking. What it
        // is known not to match (another family, a narrower block, other ports) cannot decide.
        boolean couldMatch = (e.cidr() == null || (e.cidr().ipv6() == ipv6 && e.cidr().isAnywhere()))
            && (e.ports() == null || matches.test(e));
        if (couldMatch) {
          undecided = undecided == null ? e : undecided;
        }
        continue;
      }
      if (e.cidr().ipv6() != ipv6 || !e.cidr().isAnywhere() || !matches.test(e)) {
        continue;
      }
      if (undecided != null && (undecided.ruleNumber() == null || undecided.ruleNumber() < e.ruleNumber())) {
        return new Decision(Tri.UNKNOWN, e, undecided.unknownReason() != null ? undecided.unknownReason()
            : "an entry before it cannot be read", undecided.location());
      }
      return new Decision(Tri.of(e.allow()), e, null, null);
    }
    return undecided != null
        ? new Decision(Tri.UNKNOWN, null, undecided.unknownReason() != null ? undecided.unknownReason()
            : "an entry cannot be read", undecided.location())
        : new Decision(Tri.NO, null, null, null);
  }
}
