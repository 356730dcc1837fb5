package dev.iaclint.core.terraform.functions;

import static dev.iaclint.core.terraform.functions.Fn.num;
import static dev.iaclint.core.terraform.functions.Fn.str;

import dev.iaclint.core.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** cidrhost, cidrnetmask, cidrsubnet, cidrsubnets; IPv4 and IPv6. */
final class NetworkFunctions {
  private NetworkFunctions() {
  }

  static List<TerraformFunction> all() {
    return List.of(
        Fn.of("cidrhost", NetworkFunctions::cidrhost, str("prefix"), num("hostnum")),
        Fn.of("cidrnetmask", NetworkFunctions::cidrnetmask, str("prefix")),
        Fn.of("cidrsubnet", NetworkFunctions::cidrsubnet, str("prefix"), num("newbits"), num("netnum")),
        Fn.variadic("cidrsubnets", num("newbits"), NetworkFunctions::cidrsubnets, str("prefix")));
  }

  private static IpPrefix prefix(Args a) throws FunctionException {
    try {
      return IpPrefix.parse(a.string(0));
    } catch (IpPrefix.ParseException e) {
      throw a.error(0, "invalid CIDR expression: " + e.getMessage());
    }
  }

  private static BigInteger whole(Args a, int i) throws FunctionException {
    BigDecimal n = a.number(i);
    try {
      return n.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw a.error(i, "a whole number is required");
    }
  }

  private static Value cidrhost(Args a) throws FunctionException {
    IpPrefix p = prefix(a);
    BigInteger host = whole(a, 1);
    BigInteger max = p.size().subtract(BigInteger.ONE);
    BigInteger offset = host.signum() < 0 ? max.add(host).add(BigInteger.ONE) : host;
    if (offset.signum() < 0 || offset.compareTo(max) > 0) {
      throw a.error(1, "prefix of " + p.length() + " does not accommodate a host numbered " + host);
    }
    return a.str(IpPrefix.format(p.network().add(offset), p.bits()));
  }

  private static Value cidrnetmask(Args a) throws FunctionException {
    IpPrefix p = prefix(a);
    if (p.bits() != 32) {
      throw a.error(0, "IPv6 addresses cannot have a netmask: " + a.string(0));
    }
    return a.str(IpPrefix.format(IpPrefix.mask(32, p.length()), 32));
  }

  private static Value cidrsubnet(Args a) throws FunctionException {
    IpPrefix p = prefix(a);
    int newbits = a.integer(1);
    BigInteger netnum = whole(a, 2);
    if (newbits < 0) {
      throw a.error(1, "must not be negative");
    }
    if (newbits > 32) {
      throw a.error("may not extend prefix by more than 32 bits");
    }
    int newLength = p.length() + newbits;
    if (newLength > p.bits()) {
      throw a.error("insufficient address space to extend prefix of " + p.length() + " by " + newbits);
    }
    if (netnum.signum() < 0 || netnum.compareTo(BigInteger.ONE.shiftLeft(newbits)) >= 0) {
      throw a.error("prefix extension of " + newbits + " does not accommodate a subnet numbered " + netnum);
    }
    BigInteger network = p.network().or(netnum.shiftLeft(p.bits() - newLength));
    return a.str(new IpPrefix(network, p.bits(), newLength).toString());
  }

  /** Terraform's algorithm: each subnet is the next one after the previous, aligned to its own size. */
  private static Value cidrsubnets(Args a) throws FunctionException {
    IpPrefix base = prefix(a);
    List<Value> out = new ArrayList<>();
    if (a.size() == 1) {
      return a.list(out);
    }
    BigInteger addressSpace = BigInteger.ONE.shiftLeft(base.bits());
    int firstLength = base.length() + a.integer(1);
    if (firstLength > base.bits()) {
      throw a.error(1, "would extend prefix to " + firstLength + " bits, which is too long for an "
          + (base.bits() == 32 ? "IPv4" : "IPv6") + " address");
    }
    // cidr.PreviousSubnet: the subnet of the first length just before the base address (wrapping).
    BigInteger prevAddress = base.network().subtract(BigInteger.ONE).mod(addressSpace);
    IpPrefix current = new IpPrefix(prevAddress.and(IpPrefix.mask(base.bits(), firstLength)), base.bits(), firstLength);
    for (int i = 1; i < a.size(); i++) {
      int extend = a.integer(i);
      if (extend < 1) {
        throw a.error(i, "must extend prefix by at least one bit");
      }
      if (extend > 32) {
        throw a.error(i, "may not extend prefix by more than 32 bits");
      }
      int length = base.length() + extend;
      if (length > base.bits()) {
        throw a.error(i, "would extend prefix to " + length + " bits, which is too long for an "
            + (base.bits() == 32 ? "IPv4" : "IPv6") + " address");
      }
      // cidr.NextSubnet: the subnet of the new length holding current's last address, then the one after it.
      BigInteger mask = IpPrefix.mask(base.bits(), length);
      BigInteger containing = current.last().and(mask);
      BigInteger nextAddress = containing.add(BigInteger.ONE.shiftLeft(base.bits() - length));
      boolean rollover = nextAddress.compareTo(addressSpace) >= 0;
      IpPrefix next = new IpPrefix(nextAddress.mod(addressSpace).and(mask), base.bits(), length);
      if (rollover || !base.contains(next.network())) {
        throw a.error(i, "not enough remaining address space for a subnet with a prefix of " + length
            + " bits after " + current);
      }
      current = next;
      out.add(a.str(current.toString()));
    }
    return a.list(out);
  }
}
