package dev.iaclint.rules.gcp.vpc;

import dev.iaclint.core.graph.Edge;
import dev.iaclint.core.graph.EdgeKind;
import dev.iaclint.core.graph.Node;
import dev.iaclint.core.graph.ResourceGraph;
import dev.iaclint.core.net.Cidr;
import dev.iaclint.core.net.PortRange;
import dev.iaclint.core.net.Protocol;
import dev.iaclint.core.rule.Attributes;
import dev.iaclint.core.rule.Slot;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.rule.Values;
import dev.iaclint.core.value.MapValue;
import dev.iaclint.core.value.UnknownValue;
import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deny rules of the same VPC network that take precedence over an allow rule, as Google Cloud
 * evaluates them: a rule with a lower priority number wins, and at equal priority a deny wins over
 * an allow. A deny rule neutralises (part of) an allow rule only when it certainly applies to the
 * same traffic: enabled, ingress, the same network, every instance the allow rule targets, a source
 * covering the allow rule's "anywhere" block, no destination_ranges. A deny rule that may apply but
 * cannot be told (a priority, network or port known only after apply) is {@link Applies#MAYBE}.
 */
final class FirewallPrecedence {
  private FirewallPrecedence() {}

  /** An address family whose whole space a rule's source holds. */
  enum Family { IPV4, IPV6 }

  enum Applies { YES, MAYBE, NO }

  /** A deny rule that takes precedence over the allow rule judged, with the traffic it blocks. */
  record Deny(Node rule, Applies applies, String reason, Set<Family> families, List<PortRange> ranges) {}

  /** Google Cloud's priority when none is written. */
  private static final BigDecimal DEFAULT_PRIORITY = BigDecimal.valueOf(1000);

  /** The deny rules of {@code graph} that may take precedence over {@code allow}, in graph order. */
  static List<Deny> denies(Node allow, ResourceGraph graph) {
    List<Deny> result = new ArrayList<>();
    for (Node deny : graph.ofType(allow.type())) {
      if (deny == allow || Values.elements(deny.config().get("deny")).isEmpty()) {
        continue;
      }
      Deny d = judge(allow, deny, graph);
      if (d.applies() != Applies.NO) {
        result.add(d);
      }
    }
    return result;
  }

  private static Deny judge(Node allow, Node deny, ResourceGraph graph) {
    List<String> doubts = new ArrayList<>();
    Applies applies = Applies.YES;
    for (Applies a : List.of(ingress(deny), enabled(deny, doubts), sameNetwork(allow, deny, graph, doubts),
        precedes(deny, allow, doubts), coversTargets(deny, allow, doubts), noDestinations(deny, doubts))) {
      if (a == Applies.NO) {
        return new Deny(deny, Applies.NO, "", Set.of(), List.of());
      }
      if (a == Applies.MAYBE) {
        applies = Applies.MAYBE;
      }
    }
    Set<Family> families = EnumSet.noneOf(Family.class);
    if (!sourceFamilies(deny, families, doubts)) {
      applies = Applies.MAYBE;
    }
    List<PortRange> ranges = new ArrayList<>();
    for (Value block : Values.elements(deny.config().get("deny"))) {
      // A block that is not a map is one a dynamic block with an unknown for_each may generate.
      if (!(block instanceof MapValue m) || Firewalls.ranges(m, ranges) != null) {
        doubts.add("its denied ports are not known");
        applies = Applies.MAYBE;
        ranges.add(PortRange.ALL_TRAFFIC); // it may block anything
      }
    }
    if (families.isEmpty() && applies == Applies.YES) {
      return new Deny(deny, Applies.NO, "", Set.of(), List.of());
    }
    return new Deny(deny, applies, String.join(", ", doubts), families, ranges);
  }

  private static Applies ingress(Node rule) {
    Slot direction = Attributes.first(rule, "direction");
    if (direction.isUnknown()) {
      return Applies.MAYBE;
    }
    return direction.isAbsent() || "INGRESS".equalsIgnoreCase(direction.asString()) ? Applies.YES : Applies.NO;
  }

  private static Applies enabled(Node rule, List<String> doubts) {
    Tri disabled = Attributes.isTrue(rule, "disabled", false);
    if (disabled == Tri.UNKNOWN) {
      doubts.add("whether it is disabled is not known");
      return Applies.MAYBE;
    }
    return disabled == Tri.YES ? Applies.NO : Applies.YES;
  }

  /** Lower number first; a deny wins a tie. */
  private static Applies precedes(Node deny, Node allow, List<String> doubts) {
    BigDecimal d = priority(deny);
    BigDecimal a = priority(allow);
    if (d == null || a == null) {
      doubts.add("the priorities are not known");
      return Applies.MAYBE;
    }
    return d.compareTo(a) <= 0 ? Applies.YES : Applies.NO;
  }

  private static BigDecimal priority(Node rule) {
    Slot p = Attributes.first(rule, "priority");
    return p.isAbsent() ? DEFAULT_PRIORITY : p.isUnknown() ? null : p.asNumber();
  }

  /**
   * The same VPC network: both name the same network resource (or the same variable), or the same
   * network by a literal name, ID or self link in the same root module (and not in two different
   * projects).
   */
  private static Applies sameNetwork(Node allow, Node deny, ResourceGraph graph, List<String> doubts) {
    List<Node> allowNetworks = graph.referencedAt(allow, "network", "google_compute_network");
    List<Node> denyNetworks = graph.referencedAt(deny, "network", "google_compute_network");
    String allowName = networkName(allow, allowNetworks);
    String denyName = networkName(deny, denyNetworks);
    if (!allowNetworks.isEmpty() && allowNetworks.equals(denyNetworks)) {
      return Applies.YES;
    }
    if (allowName != null && denyName != null) {
      if (!allowName.equals(denyName)
          || !Objects.equals(allow.property("rootModuleDir"), deny.property("rootModuleDir"))) {
        return Applies.NO;
      }
      String allowProject = project(allow);
      String denyProject = project(deny);
      return allowProject != null && denyProject != null && !allowProject.equals(denyProject)
          ? Applies.NO : Applies.YES;
    }
    List<Node> allowRefs = networkReferences(allow, graph);
    if (!allowRefs.isEmpty() && allowRefs.equals(networkReferences(deny, graph))) {
      return Applies.YES; // both network = var.network (or the same local) of one module instance
    }
    doubts.add("its network is not known");
    return Applies.MAYBE;
  }

  /** The network's name: the last segment of a literal ID or self link, or the referenced network's name. */
  private static String networkName(Node rule, List<Node> networks) {
    if (networks.size() == 1) {
      String name = Values.asString(networks.get(0).config().get("name"));
      if (name != null && !(networks.get(0).config().get("name") instanceof UnknownValue)) {
        return name;
      }
    }
    Slot network = Attributes.first(rule, "network");
    if (!network.isKnown() || network.asString() == null) {
      return network.isAbsent() ? "default" : null; // the provider's default network is "default"
    }
    String text = network.asString();
    return text.substring(text.lastIndexOf('/') + 1);
  }

  private static String project(Node rule) {
    Slot network = Attributes.first(rule, "network");
    String text = network.isKnown() ? network.asString() : null;
    if (text != null && text.contains("projects/")) {
      String rest = text.substring(text.indexOf("projects/") + "projects/".length());
      return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    }
    Slot project = Attributes.first(rule, "project");
    return project.isKnown() ? project.asString() : null;
  }

  private static List<Node> networkReferences(Node rule, ResourceGraph graph) {
    Set<String> ids = new TreeSet<>();
    List<Node> nodes = new ArrayList<>();
    for (Edge e : graph.outgoing(rule)) {
      if (e.kind() == EdgeKind.REFERENCE && e.attribute().equals("network") && ids.add(e.to().id())) {
        nodes.add(e.to());
      }
    }
    nodes.sort((a, b) -> a.id().compareTo(b.id()));
    return nodes;
  }

  /**
   * Whether the deny rule applies to every instance the allow rule does: it targets every
   * instance, or at least every tag (service account) the allow rule targets.
   */
  private static Applies coversTargets(Node deny, Node allow, List<String> doubts) {
    Applies tags = covers(deny, allow, "target_tags", doubts);
    Applies accounts = covers(deny, allow, "target_service_accounts", doubts);
    if (tags == Applies.NO || accounts == Applies.NO) {
      return Applies.NO;
    }
    return tags == Applies.MAYBE || accounts == Applies.MAYBE ? Applies.MAYBE : Applies.YES;
  }

  private static Applies covers(Node deny, Node allow, String attribute, List<String> doubts) {
    Set<String> denied = strings(deny, attribute);
    Set<String> allowed = strings(allow, attribute);
    if (denied == null || allowed == null) {
      doubts.add(attribute + " is not known");
      return Applies.MAYBE;
    }
    if (denied.isEmpty()) {
      return Applies.YES;
    }
    return !allowed.isEmpty() && denied.containsAll(allowed) ? Applies.YES : Applies.NO;
  }

  /** The strings of a list attribute (empty when absent), or null when any is unknown. */
  private static Set<String> strings(Node rule, String attribute) {
    Slot slot = Attributes.first(rule, attribute);
    if (slot.isUnknown()) {
      return null;
    }
    Set<String> result = new TreeSet<>();
    for (Value e : Values.elements(slot.value())) {
      String s = e instanceof UnknownValue ? null : Values.asString(e);
      if (s == null) {
        return null;
      }
      result.add(s);
    }
    return result;
  }

  private static Applies noDestinations(Node deny, List<String> doubts) {
    Slot destinations = Attributes.first(deny, "destination_ranges");
    if (destinations.isUnknown()) {
      doubts.add("its destination_ranges are not known");
      return Applies.MAYBE;
    }
    return Values.isEmpty(destinations.value()) ? Applies.YES : Applies.NO;
  }

  /**
   * Adds the address families whose whole space the deny rule's source holds; a rule without any
   * source has 0.0.0.0/0. Returns false when the source ranges are not known.
   */
  private static boolean sourceFamilies(Node deny, Set<Family> families, List<String> doubts) {
    Slot ranges = Attributes.first(deny, "source_ranges");
    if (ranges.isUnknown()) {
      doubts.add("its source_ranges are not known");
      return false;
    }
    boolean known = true;
    for (Value e : Values.elements(ranges.value())) {
      String s = e instanceof UnknownValue ? null : Values.asString(e);
      Cidr c = s == null ? null : Cidr.parse(s);
      if (s == null) {
        known = false;
      } else if (c != null && c.isAnywhere()) {
        families.add(c.ipv6() ? Family.IPV6 : Family.IPV4);
      }
    }
    if (Values.isEmpty(ranges.value()) && Attributes.isSet(deny, "source_tags") == Tri.NO
        && Attributes.isSet(deny, "source_service_accounts") == Tri.NO) {
      families.add(Family.IPV4);
    }
    if (!known) {
      doubts.add("a source range is not known");
    }
    return known;
  }

  /**
   * What of {@code allowed} the {@code denied} ranges leave through. All traffic is split into
   * every TCP and UDP port only when a deny takes part of it away.
   */
  static List<PortRange> subtract(List<PortRange> allowed, List<PortRange> denied) {
    List<PortRange> remaining = new ArrayList<>(allowed);
    for (PortRange d : denied) {
      List<PortRange> next = new ArrayList<>();
      for (PortRange a : remaining) {
        next.addAll(subtract(a, d));
      }
      remaining = next;
    }
    return remaining;
  }

  private static List<PortRange> subtract(PortRange a, PortRange d) {
    if (d.coversAll(a)) {
      return List.of();
    }
    if (a.protocol().isAll()) {
      if (!d.protocol().hasPorts()) {
        return List.of(a); // an ICMP deny leaves "all traffic" as the rules see it
      }
      List<PortRange> parts = new ArrayList<>();
      for (Protocol p : List.of(Protocol.TCP, Protocol.UDP)) {
        parts.addAll(subtract(new PortRange(p, 0, 65535), d));
      }
      return parts;
    }
    if (!d.protocol().covers(a.protocol()) || !a.protocol().hasPorts() || d.to() < a.from() || d.from() > a.to()) {
      return List.of(a);
    }
    List<PortRange> parts = new ArrayList<>();
    if (a.from() < d.from()) {
      parts.add(new PortRange(a.protocol(), a.from(), d.from() - 1));
    }
    if (d.to() < a.to()) {
      parts.add(new PortRange(a.protocol(), d.to() + 1, a.to()));
    }
    return parts;
  }
}
