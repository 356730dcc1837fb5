package dev.iaclint.core.net;

import dev.iaclint.core.graph.Node;
import dev.iaclint.core.source.SourceRange;

/**
 * One network ACL entry, whatever wrote it: an inline {@code ingress}/{@code egress} block of
 * {@code aws_network_acl} / {@code aws_default_network_acl}, an {@code aws_network_acl_rule}, or a
 * CloudFormation {@code AWS::EC2::NetworkAclEntry}.
 *
 * @param ruleNumber the evaluation order (lower first), or {@code null} when unknown
 * @param allow {@code true} for allow, {@code false} for deny, {@code null} when unknown
 * @param ports protocol and ports, or {@code null} when unknown
 * @param cidr the IPv4 or IPv6 block it matches, or {@code null} when unknown or missing
 * @param unknownReason what is unknown, or {@code null}
 */
public record NetworkAclEntry(Integer ruleNumber, boolean egress, Boolean allow, PortRange ports, Cidr cidr,
    String unknownReason, Node declaredIn, SourceRange location) {

  /** Whether every field that decides which traffic it matches is known. */
  public boolean isKnown() {
    return ruleNumber != null && allow != null && ports != null && cidr != null;
  }
}
