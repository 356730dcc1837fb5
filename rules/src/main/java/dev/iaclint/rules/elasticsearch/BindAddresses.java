package dev.iaclint.rules.elasticsearch;

import dev.iaclint.core.net.Cidr;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How far an address a node binds to (or Docker publishes on) can be reached from, per the values
 * {@code network.host} and friends accept: IP addresses, host names, and special values such as
 * {@code _local_}, {@code _site_}, {@code _global_}, {@code _[interface]_} and the discovery
 * plugins' {@code _ec2:…_} / {@code _gce:…_}.
 */
public final class BindAddresses {

  /** Reach, in increasing order of exposure. */
  public enum Reach {
    /** Only the host itself: loopback addresses, {@code _local_}, {@code localhost}. */
    LOOPBACK,
    /**
     * A private or site-local address, an interface, or a host name: reachable on the networks
     * the host is on, not (by itself) from the internet.
     */
    NETWORK,
    /** Every interface ({@code 0.0.0.0}, {@code ::}) or a public address ({@code _global_}, a public IP). */
    EVERYWHERE
  }

  private static final List<Cidr> LOOPBACK = List.of(Cidr.parse("127.0.0.0/8"), Cidr.parse("::1/128"));
  private static final List<Cidr> PRIVATE = List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"),
      Cidr.parse("192.168.0.0/16"), Cidr.parse("100.64.0.0/10"), Cidr.parse("169.254.0.0/16"),
      Cidr.parse("fc00::/7"), Cidr.parse("fe80::/10"));
  private static final Pattern LOOPBACK_SPECIAL = Pattern.compile("_(local|lo\\d*)(:ipv[46])?_");
  private static final Pattern PUBLIC_SPECIAL = Pattern.compile("_(global(:ipv[46])?|ec2:public(ip|ipv4|dns)|gce:public(ip)?)_");

  private BindAddresses() {}

  /** The reach of one address as written; wildcards are {@link Reach#EVERYWHERE}. */
  public static Reach reach(String address) {
    String a = address.trim().toLowerCase(Locale.ROOT);
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    if (a.equals("0") || isWildcard(a)) {
      return Reach.EVERYWHERE;
    }
    if (a.equals("localhost") || LOOPBACK_SPECIAL.matcher(a).matches()) {
      return Reach.LOOPBACK;
    }
    if (PUBLIC_SPECIAL.matcher(a).matches()) {
      return Reach.EVERYWHERE;
    }
    if (a.startsWith("_") && a.endsWith("_")) {
      return Reach.NETWORK; // _site_, an interface, a cloud's private address
    }
    Cidr ip = a.contains("/") ? null : Cidr.parse(a);
    if (ip != null) {
      if (LOOPBACK.stream().anyMatch(c -> c.contains(ip))) {
        return Reach.LOOPBACK;
      }
      return PRIVATE.stream().anyMatch(c -> c.contains(ip)) ? Reach.NETWORK : Reach.EVERYWHERE;
    }
    // A host name resolves to whatever the host's DNS says; iaclint cannot tell, and a node
    // bound by name is a node someone placed on a particular network on purpose.
    return Reach.NETWORK;
  }

  /** The widest reach among several addresses (a node binds to each). */
  public static Reach widest(List<String> addresses) {
    Reach widest = Reach.LOOPBACK;
    for (String a : addresses) {
      Reach r = reach(a);
      if (r.compareTo(widest) > 0) {
        widest = r;
      }
    }
    return widest;
  }

  /** {@code 0.0.0.0}, {@code ::} and their spellings: every interface. */
  public static boolean isWildcard(String address) {
    String a = address.trim();
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    Cidr ip = a.contains("/") ? null : Cidr.parse(a);
    return ip != null && ip.address().signum() == 0;
  }
}
