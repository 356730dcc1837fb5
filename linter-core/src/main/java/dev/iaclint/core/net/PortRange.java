package dev.iaclint.core.net;

/**
 * The traffic one rule lets through, by protocol and port: what security group rules and network
 * ACL entries have in common.
 *
 * <p>Protocol {@code -1} means every protocol and every port, whatever from/to say (AWS ignores
 * them, and Terraform writes {@code 0}/{@code 0}). For TCP and UDP, the range is inclusive ({@code
 * 0}–{@code 0} is port 0 only) and a negative bound is taken as every port. Other protocols (ICMP)
 * have no ports and cover no TCP/UDP port.
 */
public record PortRange(Protocol protocol, int from, int to) {
  public static final PortRange ALL_TRAFFIC = new PortRange(Protocol.ALL, 0, 65535);

  public PortRange {
    if (protocol.isAll()) {
      from = 0;
      to = 65535;
    } else if (protocol.hasPorts() && (from < 0 || to < 0)) {
      from = 0;
      to = 65535;
    }
  }

  /** Whether TCP or UDP traffic to {@code port} matches ({@code protocol} null = either). */
  public boolean covers(int port, Protocol traffic) {
    if (protocol.isAll()) {
      return true;
    }
    if (!protocol.hasPorts() || (traffic != null && !protocol.covers(traffic))) {
      return false;
    }
    return from <= port && port <= to;
  }

  /** Whether this covers TCP or UDP traffic to {@code port}. */
  public boolean covers(int port) {
    return covers(port, null);
  }

  /** Every protocol, or every port of TCP or UDP. */
  public boolean isAllPorts() {
    return protocol.isAll() || (protocol.hasPorts() && from <= 0 && to >= 65535);
  }

  /** Whether everything {@code other} lets through, this lets through too. */
  public boolean coversAll(PortRange other) {
    if (protocol.isAll()) {
      return true;
    }
    if (!protocol.covers(other.protocol)) {
      return false;
    }
    return !protocol.hasPorts() || (from <= other.from && other.to <= to);
  }

  @Override
  public String toString() {
    if (protocol.isAll()) {
      return "all traffic";
    }
    if (!protocol.hasPorts()) {
      return protocol.toString();
    }
    return protocol + " " + (from == to ? Integer.toString(from) : from + "-" + to);
  }
}
