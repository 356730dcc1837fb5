package dev.iaclint.rules.net;

import dev.iaclint.core.net.PortRange;
import dev.iaclint.core.net.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * The well-known services the network rules of every cloud look for in an allowed port range,
 * named the way findings name them. A range that opens every port names none: the all-ports rules
 * report those.
 */
public final class ServicePorts {
  private ServicePorts() {}

  /** Elasticsearch/OpenSearch HTTP (9200) and transport (9300), Kibana/Dashboards (5601). */
  public static List<String> search(PortRange ports) {
    List<String> open = new ArrayList<>();
    if (ports.isAllPorts()) {
      return open;
    }
    if (ports.covers(9200, Protocol.TCP)) {
      open.add("the REST API (9200)");
    }
    if (ports.covers(9300, Protocol.TCP)) {
      open.add("node transport (9300)");
    }
    if (ports.covers(5601, Protocol.TCP)) {
      open.add("Kibana/Dashboards (5601)");
    }
    return open;
  }

  /** SSH (22, TCP) and RDP (3389, TCP or UDP). */
  public static List<String> admin(PortRange ports) {
    List<String> open = new ArrayList<>();
    if (ports.isAllPorts()) {
      return open;
    }
    if (ports.covers(22, Protocol.TCP)) {
      open.add("SSH (22)");
    }
    if (ports.covers(3389, Protocol.TCP) || ports.covers(3389, Protocol.UDP)) {
      open.add("RDP (3389)");
    }
    return open;
  }
}
