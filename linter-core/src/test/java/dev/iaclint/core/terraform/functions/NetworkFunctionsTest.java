package dev.iaclint.core.terraform.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkFunctionsTest extends FunctionTestSupport {

  @Test
  void cidrhostFollowsTheDocumentedExamples() throws Exception {
    assertThat(eval("cidrhost", s("10.12.112.0/20"), n(16))).isEqualTo("\"10.12.112.16\"");
    assertThat(eval("cidrhost", s("10.12.112.0/20"), n(268))).isEqualTo("\"10.12.113.12\"");
    assertThat(eval("cidrhost", s("fd00:fd12:3456:7890:00a2::/72"), n(34))).isEqualTo("\"fd00:fd12:3456:7890::22\"");
  }

  @Test
  void cidrhostCountsNegativeHostNumbersFromTheEndAndChecksRange() throws Exception {
    assertThat(eval("cidrhost", s("10.0.0.0/8"), n(-1))).isEqualTo("\"10.255.255.255\"");
    assertThat(eval("cidrhost", s("10.12.127.255/20"), n(1))).isEqualTo("\"10.12.112.1\"");
    assertError("cidrhost", s("10.0.0.0/30"), n(4)).hasMessageContaining("prefix of 30 does not accommodate a host numbered 4");
    assertError("cidrhost", s("10.0.0.0/33"), n(1)).hasMessageContaining("invalid CIDR address");
    // The argument could be a secret passed by mistake: the message never quotes it.
    assertError("cidrhost", s("Zq8kP2mZ9vLw4Rt"), n(1)).hasMessageContaining("invalid CIDR address")
        .hasMessageNotContaining("Zq8kP2mZ9vLw4Rt");
  }

  @Test
  void cidrnetmaskIsForIpv4Only() throws Exception {
    assertThat(eval("cidrnetmask", s("172.16.0.0/12"))).isEqualTo("\"255.240.0.0\"");
    assertThat(eval("cidrnetmask", s("10.0.0.0/32"))).isEqualTo("\"255.255.255.255\"");
    assertError("cidrnetmask", s("fd00::/64")).hasMessageContaining("IPv6 addresses cannot have a netmask");
  }

  @Test
  void cidrsubnetFollowsTheDocumentedExamples() throws Exception {
    assertThat(eval("cidrsubnet", s("172.16.0.0/12"), n(4), n(2))).isEqualTo("\"172.18.0.0/16\"");
    assertThat(eval("cidrsubnet", s("10.1.2.0/24"), n(4), n(15))).isEqualTo("\"10.1.2.240/28\"");
    assertThat(eval("cidrsubnet", s("fd00:fd12:3456:7890::/56"), n(16), n(162)))
        .isEqualTo("\"fd00:fd12:3456:7800:a200::/72\"");
    assertThat(eval("cidrsubnet", s("0.0.0.0/0"), n(0), n(0))).isEqualTo("\"0.0.0.0/0\"");
  }

  @Test
  void cidrsubnetReportsTerraformsErrors() {
    assertError("cidrsubnet", s("10.0.0.0/24"), n(10), n(0))
        .hasMessageContaining("insufficient address space to extend prefix of 24 by 10");
    assertError("cidrsubnet", s("10.0.0.0/16"), n(4), n(16))
        .hasMessageContaining("prefix extension of 4 does not accommodate a subnet numbered 16");
    assertError("cidrsubnet", s("fd00::/32"), n(33), n(0)).hasMessageContaining("more than 32 bits");
  }

  @Test
  void cidrsubnetsAllocatesConsecutiveAlignedSubnets() throws Exception {
    assertThat(eval("cidrsubnets", s("10.1.0.0/16"), n(4), n(4), n(8), n(4)))
        .isEqualTo("list[\"10.1.0.0/20\", \"10.1.16.0/20\", \"10.1.32.0/24\", \"10.1.48.0/20\"]");
    assertThat(eval("cidrsubnets", s("fd00:fd12:3456:7890::/56"), n(16), n(16), n(16), n(32)))
        .isEqualTo("list[\"fd00:fd12:3456:7800::/72\", \"fd00:fd12:3456:7800:100::/72\", "
            + "\"fd00:fd12:3456:7800:200::/72\", \"fd00:fd12:3456:7800:300::/88\"]");
    assertThat(eval("cidrsubnets", s("10.0.0.0/8"))).isEqualTo("list[]");
    assertError("cidrsubnets", s("10.0.0.0/30"), n(1), n(1), n(1))
        .hasMessageContaining("not enough remaining address space for a subnet with a prefix of 31 bits after 10.0.0.2/31");
    assertError("cidrsubnets", s("10.0.0.0/24"), n(0)).hasMessageContaining("at least one bit");
  }

  @Test
  void acceptsIpv4OctetsWithLeadingZerosAsDecimalLikeTerraform() throws Exception {
    assertThat(eval("cidrhost", s("010.000.000.000/8"), n(9))).isEqualTo("\"10.0.0.9\"");
  }

  @Test
  void formatsIpv6LikeGo() throws Exception {
    assertThat(eval("cidrhost", s("2001:db8::/64"), n(1))).isEqualTo("\"2001:db8::1\"");
    assertThat(eval("cidrhost", s("2001:db8:0:1::/64"), n(0))).isEqualTo("\"2001:db8:0:1::\"");
    assertThat(eval("cidrhost", s("::/0"), n(0))).isEqualTo("\"::\"");
    assertThat(eval("cidrsubnet", s("2001:db8::/32"), n(16), n(1))).isEqualTo("\"2001:db8:1::/48\"");
    assertThat(eval("cidrhost", s("1:0:0:2:0:0:0:3/128"), n(0))).isEqualTo("\"1:0:0:2::3\"");
  }
}
