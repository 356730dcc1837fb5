package dev.iaclint.rules.aws.vpc;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.graph.SourceFormat;
import dev.iaclint.core.net.Cidr;
import dev.iaclint.core.net.SecurityGroupRule;
import dev.iaclint.core.net.SecurityGroups;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.RelatedLocation;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The security group ingress rules a node declares, judged for traffic from anywhere. A group is
 * judged on its inline rules and every separate rule resource on its own, so that each rule is
 * reported once, on the node that writes it.
 */
final class OpenIngress {
  /** Groups, whose inline rules are judged, and separate ingress rule resources. */
  static final Set<String> TYPES = Set.of("aws_security_group", "aws_default_security_group",
      "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "AWS::EC2::SecurityGroup",
      "AWS::EC2::SecurityGroupIngress");

  private static final List<String> SOURCE_KEYS = List.of("cidr_blocks", "ipv6_cidr_blocks", "cidr_ipv4",
      "cidr_ipv6", "CidrIp", "CidrIpv6");

  private OpenIngress() {}

  /**
   * What one rule matches: YES with a description of the traffic ("SSH (tcp 22)"), NO, or
   * UNKNOWN.
   */
  record Match(Tri matches, String traffic) {
    static final Match NO = new Match(Tri.NO, null);
    static final Match UNKNOWN = new Match(Tri.UNKNOWN, null);
  }

  /** Judges every ingress rule {@code node} declares; {@code test} says which traffic a rule lets through. */
  static CheckResult check(Node node, ResourceGraph graph, String title, Function<SecurityGroupRule, Match> test) {
    List<Failure> failures = new ArrayList<>();
    SecurityGroupRule undecided = null;
    for (SecurityGroupRule rule : declaredIngress(node, graph)) {
      Tri anywhere = fromAnywhere(rule);
      if (anywhere == Tri.NO) {
        continue;
      }
      Match m = test.apply(rule);
      if (m.matches() == Tri.NO) {
        continue;
      }
      if (anywhere == Tri.YES && m.matches() == Tri.YES) {
        failures.add(failure(rule, title, m.traffic()));
      } else if (undecided == null) {
        undecided = rule;
      }
    }
    if (!failures.isEmpty()) {
      return CheckResult.fail(failures);
    }
    if (undecided != null) {
      return CheckResult.indeterminate(undecided.unknownReason() != null ? undecided.unknownReason()
          : "the rule's source or ports are not known", undecided.location());
    }
    return CheckResult.pass();
  }

  /**
   * Whether the rule admits any address. Only an address attribute that is not known leaves it
   * open: a security group, prefix list or description known only after apply is never a /0 block.
   */
  static Tri fromAnywhere(SecurityGroupRule rule) {
    Tri t = rule.fromAnywhere();
    Body body = t == Tri.YES ? null : body(rule);
    if (body == null) {
      return t;
    }
    Tri result = Tri.NO;
    for (String key : SOURCE_KEYS) {
      Value v = body.map().get(key);
      if (anywhereElement(v) != null) {
        return Tri.YES;
      }
      if (v instanceof UnknownValue || Values.elements(v).stream().anyMatch(e -> e instanceof UnknownValue)) {
        result = Tri.UNKNOWN;
      }
    }
    return result;
  }

  /** The ingress rules written in {@code node} itself: a group's inline ones, or the rule resource. */
  static List<SecurityGroupRule> declaredIngress(Node node, ResourceGraph graph) {
    if (SecurityGroups.GROUP_TYPES.contains(node.type())) {
      List<SecurityGroupRule> own = new ArrayList<>();
      for (SecurityGroupRule r : SecurityGroups.ingress(node, graph)) {
        if (r.declaredIn() == node) {
          own.add(r);
        }
      }
      return own;
    }
    SecurityGroupRule r = SecurityGroups.ruleResource(node);
    if (r == null && node.type().equals("aws_security_group_rule")) {
      Value type = node.config().get("type");
      if (type != null && !type.isKnown()) {
        // Which direction is not known: the rule cannot be judged, it is not passed either.
        return List.of(new SecurityGroupRule(true, null, List.of(), List.of(), "type is not known",
            node, node.config().memberRange("type"), node.config()));
      }
    }
    return r != null && r.ingress() ? List.of(r) : List.of();
  }

  /** The groups a rule belongs to: the group itself, or the groups a rule resource is part of. */
  static List<Node> groups(Node node, ResourceGraph graph) {
    return SecurityGroups.GROUP_TYPES.contains(node.type()) ? List.of(node) : graph.wholes(node);
  }

  private static Failure failure(SecurityGroupRule rule, String title, String traffic) {
    Body body = body(rule);
    SourceRange at = rule.location();
    String path = body == null ? "" : body.path();
    String source = rule.sources().stream().filter(Cidr::isAnywhere).findFirst()
        .map(c -> c.ipv6() ? "::/0" : "0.0.0.0/0").orElse("anywhere");
    List<RelatedLocation> related = List.of();
    String originNote = "";
    if (body != null) {
      for (String key : SOURCE_KEYS) {
        Value v = body.map().get(key);
        Value anywhere = anywhereElement(v);
        if (anywhere != null) {
          at = body.map().memberRange(key);
          path = body.path().isEmpty() ? key : body.path() + "." + key;
          Value origin = anywhere.origin().isEmpty() ? v : anywhere;
          related = Values.origins(origin);
          originNote = Values.originNote(origin);
          break;
        }
      }
    }
    return Failure.at(at, title + ": the rule admits " + traffic + " from " + source + originNote, path)
        .withRelated(related)
        .withResource(rule.declaredIn().address(), rule.declaredIn().type());
  }

  /** The element of a CIDR attribute (a string or a list of them) that is a /0 block, or null. */
  private static Value anywhereElement(Value v) {
    for (Value e : Values.elements(v)) {
      String s = Values.asString(e);
      Cidr c = s == null ? null : Cidr.parse(s);
      if (c != null && c.isAnywhere()) {
        return e;
      }
    }
    return null;
  }

  /** A rule's block or resource body, and its path in the node ("" for the resource itself). */
  private record Body(MapValue map, String path) {}

  /**
   * The body a rule was read from and its path. Found by identity: the blocks a {@code dynamic}
   * block generates share one range.
   */
  private static Body body(SecurityGroupRule rule) {
    Node n = rule.declaredIn();
    if (!SecurityGroups.GROUP_TYPES.contains(n.type())) {
      return new Body(n.config(), "");
    }
    String key = n.format() == SourceFormat.CLOUDFORMATION ? "SecurityGroupIngress" : "ingress";
    List<Value> blocks = Values.elements(n.config().get(key));
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof MapValue m && m == rule.body()) {
        return new Body(m, key + "[" + i + "]");
      }
    }
    return null;
  }
}
