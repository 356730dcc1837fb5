package dev.iaclint.core.net;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.rule.Tri;
import dev.iaclint.core.source.SourceRange;
import dev.iaclint.core.value.MapValue;
import java.util.List;

/**
 * One security group rule, whatever wrote it: an inline {@code ingress}/{@code egress} block, an
 * {@code aws_security_group_rule}, an {@code aws_vpc_security_group_ingress_rule}, a CloudFormation
 * {@code SecurityGroupIngress} entry or {@code AWS::EC2::SecurityGroupIngress}.
 *
 * @param ports protocol and ports, or {@code null} when unknown or unreadable
 * @param sources the address blocks it admits (IPv4 and IPv6) that could be read
 * @param otherSources sources that are not address blocks: security groups, prefix lists, self
 * @param unknownReason what is unknown about it, or {@code null}
 * @param declaredIn the node that declares it (the group, or a separate rule resource)
 * @param location the block or resource, where findings about it go
 * @param body the block or resource configuration it was read from, or {@code null}; blocks a
 *     {@code dynamic} block generates share one location, so this is how a rule finds its own
 */
public record SecurityGroupRule(boolean ingress, PortRange ports, List<Cidr> sources, List<String> otherSources,
    String unknownReason, Node declaredIn, SourceRange location, MapValue body) {

  public SecurityGroupRule {
    sources = List.copyOf(sources);
    otherSources = List.copyOf(otherSources);
  }

  /** Whether it admits any address ({@code 0.0.0.0/0}, {@code ::/0}). */
  public Tri fromAnywhere() {
    if (sources.stream().anyMatch(Cidr::isAnywhere)) {
      return Tri.YES;
    }
    return unknownReason != null ? Tri.UNKNOWN : Tri.NO;
  }

  /** Whether it lets TCP or UDP traffic to {@code port} through. */
  public Tri coversPort(int port) {
    if (ports == null) {
      return Tri.UNKNOWN;
    }
    return Tri.of(ports.covers(port));
  }

  /** Whether it lets every protocol and port through (protocol -1, or 0-65535 of TCP or UDP). */
  public Tri allPorts() {
    return ports == null ? Tri.UNKNOWN : Tri.of(ports.isAllPorts());
  }
}
