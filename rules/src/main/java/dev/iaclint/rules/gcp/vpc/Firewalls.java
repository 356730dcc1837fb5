package dev.iaclint.rules.gcp.vpc;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.net.Cidr;
import dev.iaclint.core.net.PortRange;
import dev.iaclint.core.net.Protocol;
import dev.iaclint.core.rule.Attributes;
import dev.iaclint.core.rule.CheckResult;
import dev.iaclint.core.rule.Failure;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Function;

/**
 * A {@code google_compute_firewall} judged for traffic from anywhere: an enabled INGRESS rule
 * (the default direction) whose {@code source_ranges} hold a /0 block, or that names no source at
 * all (Google Cloud then uses 0.0.0.0/0), and the traffic its {@code allow} blocks let through.
 * Deny rules of the same network that take precedence ({@link FirewallPrecedence}) take away the
 * traffic they block.
 */
final class Firewalls {
  private Firewalls() {}

  /**
   * Judges {@code firewall}; {@code test} describes what of one allowed port range the rule is
   * about ("SSH (22)"), or returns null when the range is none of its business.
   */
  static CheckResult check(Node firewall, ResourceGraph graph, String title, Function<PortRange, String> test) {
    Slot direction = Attributes.first(firewall, "direction");
    if (direction.isUnknown()) {
      return CheckResult.indeterminate("direction is not known: " + direction.unknown().reason(), direction.location());
    }
    if (!direction.isAbsent() && !"INGRESS".equalsIgnoreCase(direction.asString())) {
      return CheckResult.pass();
    }
    Tri disabled = Attributes.isTrue(firewall, "disabled", false);
    if (disabled == Tri.YES) {
      return CheckResult.pass();
    }
    Source source = source(firewall);
    if (source.anywhere() == Tri.NO) {
      return CheckResult.pass();
    }
    List<PortRange> allowed = new ArrayList<>();
    String unknownTraffic = null;
    for (Value block : Values.elements(firewall.config().get("allow"))) {
      if (block instanceof MapValue allow) {
        String problem = ranges(allow, allowed);
        if (problem != null && unknownTraffic == null) {
          unknownTraffic = problem;
        }
      }
    }
    List<String> matched = matched(allowed, test);
    if (matched.isEmpty()) {
      return unknownTraffic != null ? CheckResult.indeterminate(unknownTraffic, firewall.headerRange()) : CheckResult.pass();
    }
    if (source.anywhere() == Tri.UNKNOWN || disabled == Tri.UNKNOWN) {
      String why = disabled == Tri.UNKNOWN ? "disabled is not known" : "the rule's source ranges are not known";
      return CheckResult.indeterminate(why, source.at().location());
    }
    // Deny rules of higher precedence take their traffic away, per address family of the source.
    List<FirewallPrecedence.Deny> denies = FirewallPrecedence.denies(firewall, graph);
    List<String> open = new ArrayList<>();
    List<String> openUnlessMaybe = new ArrayList<>();
    List<String> openFamilies = new ArrayList<>();
    for (FirewallPrecedence.Family family : source.families()) {
      List<PortRange> certain = new ArrayList<>();
      List<PortRange> possible = new ArrayList<>();
      for (FirewallPrecedence.Deny d : denies) {
        if (d.families().contains(family) || d.applies() == FirewallPrecedence.Applies.MAYBE && d.families().isEmpty()) {
          (d.applies() == FirewallPrecedence.Applies.YES ? certain : possible).addAll(d.ranges());
        }
      }
      List<PortRange> remaining = FirewallPrecedence.subtract(allowed, certain);
      List<String> here = matched(remaining, test);
      if (!here.isEmpty()) {
        openFamilies.add(family == FirewallPrecedence.Family.IPV6 ? "::/0" : "0.0.0.0/0");
      }
      here.stream().filter(w -> !open.contains(w)).forEach(open::add);
      matched(FirewallPrecedence.subtract(remaining, possible), test).stream()
          .filter(w -> !openUnlessMaybe.contains(w)).forEach(openUnlessMaybe::add);
    }
    if (open.isEmpty()) {
      return CheckResult.pass();
    }
    if (openUnlessMaybe.isEmpty()) {
      FirewallPrecedence.Deny maybe = denies.stream()
          .filter(d -> d.applies() == FirewallPrecedence.Applies.MAYBE).findFirst().orElseThrow();
      return CheckResult.indeterminate("the deny rule " + maybe.rule().address() + " may take precedence: "
          + maybe.reason(), source.at().location());
    }
    String from = source.described() ? source.description() : String.join(" and ", openFamilies);
    return CheckResult.fail(Failure.at(source.at().location(), title + ": the rule admits "
            + String.join(", ", open) + " from " + from + source.originNote(), source.path())
        .withRelated(source.related()));
  }

  /** What {@code test} says of each range, each description once, in order. */
  private static List<String> matched(List<PortRange> ranges, Function<PortRange, String> test) {
    List<String> matched = new ArrayList<>();
    for (PortRange r : ranges) {
      String what = test.apply(r);
      if (what != null && !matched.contains(what)) {
        matched.add(what);
      }
    }
    return matched;
  }

  /** Where the rule admits traffic from, as far as "anywhere" goes. */
  /**
   * Where the rule admits traffic from, as far as "anywhere" goes: the address families whose whole
   * space it holds; {@code description} replaces them in messages when it is not empty.
   */
  private record Source(Tri anywhere, Slot at, String path, String description, Value value,
      Set<FirewallPrecedence.Family> families) {
    boolean described() {
      return !description.isEmpty();
    }

    String originNote() {
      return value == null ? "" : Values.originNote(value);
    }

    List<dev.iaclint.core.rule.RelatedLocation> related() {
      return value == null ? List.of() : Values.origins(value);
    }
  }

  private static Source source(Node firewall) {
    Slot ranges = Attributes.first(firewall, "source_ranges");
    Set<FirewallPrecedence.Family> none = EnumSet.noneOf(FirewallPrecedence.Family.class);
    if (ranges.isUnknown()) {
      return new Source(Tri.UNKNOWN, ranges, "source_ranges", "", null, none);
    }
    Tri anywhere = Tri.NO;
    Set<FirewallPrecedence.Family> families = EnumSet.noneOf(FirewallPrecedence.Family.class);
    Value origin = null;
    for (Value e : Values.elements(ranges.value())) {
      if (e instanceof UnknownValue) {
        anywhere = anywhere == Tri.YES ? Tri.YES : Tri.UNKNOWN;
        continue;
      }
      String s = Values.asString(e);
      Cidr c = s == null ? null : Cidr.parse(s);
      if (c != null && c.isAnywhere()) {
        families.add(c.ipv6() ? FirewallPrecedence.Family.IPV6 : FirewallPrecedence.Family.IPV4);
        anywhere = Tri.YES;
        if (origin == null) {
          origin = e.origin().isEmpty() ? ranges.value() : e;
        }
      }
    }
    if (anywhere == Tri.YES) {
      return new Source(Tri.YES, ranges, "source_ranges", "", origin, families);
    }
    if (anywhere == Tri.NO && Values.isEmpty(ranges.value()) && unset(firewall, "source_tags")
        && unset(firewall, "source_service_accounts")) {
      // Google Cloud gives an ingress rule without any source the source range 0.0.0.0/0.
      return new Source(Tri.YES, Attributes.first(firewall, "source_ranges"), "",
          "anywhere (no source_ranges, source_tags or source_service_accounts: the default is 0.0.0.0/0)", null,
          EnumSet.of(FirewallPrecedence.Family.IPV4));
    }
    return new Source(anywhere, ranges, "source_ranges", "", null, none);
  }

  private static boolean unset(Node firewall, String attribute) {
    return Attributes.isSet(firewall, attribute) == Tri.NO;
  }

  /**
   * The port ranges of one {@code allow} (or {@code deny}) block: every port of its protocol when {@code ports} is
   * left out, else each {@code "22"} or {@code "8000-9000"} entry. Returns why they are not known,
   * or null. Protocols without ports (icmp, esp …) and names iaclint does not know cover no port.
   */
  static String ranges(MapValue allow, List<PortRange> out) {
    Value protocolValue = allow.get("protocol");
    if (protocolValue instanceof UnknownValue u) {
      return "the protocol of an allow block is not known: " + u.reason();
    }
    Protocol protocol = Protocol.parse(Values.asString(protocolValue));
    if (protocol == null || !(protocol.isAll() || protocol.hasPorts())) {
      return null;
    }
    Value ports = allow.get("ports");
    if (ports instanceof UnknownValue u) {
      return "the ports of an allow block are not known: " + u.reason();
    }
    List<Value> entries = Values.elements(ports);
    if (entries.isEmpty()) {
      out.add(new PortRange(protocol, 0, 65535));
      return null;
    }
    String problem = null;
    for (Value e : entries) {
      String s = e instanceof UnknownValue ? null : Values.asString(e);
      PortRange r = s == null ? null : parse(protocol, s);
      if (r != null) {
        out.add(r);
      } else if (problem == null) {
        problem = "a port of an allow block is not known";
      }
    }
    return problem;
  }

  private static PortRange parse(Protocol protocol, String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    int dash = t.indexOf('-');
    try {
      int from = Integer.parseInt(dash < 0 ? t : t.substring(0, dash).trim());
      int to = dash < 0 ? from : Integer.parseInt(t.substring(dash + 1).trim());
      return from < 0 || to > 65535 || from > to ? null : new PortRange(protocol, from, to);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
