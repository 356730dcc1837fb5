package dev.iaclint.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

  @Test
  void parsesIpv4BlocksAndClearsHostBits() {
    assertThat(Cidr.parse("10.1.2.3/8")).hasToString("10.0.0.0/8");
    assertThat(Cidr.parse("192.168.0.1")).hasToString("192.168.0.1/32");
    assertThat(Cidr.parse(" 0.0.0.0/0 ")).isEqualTo(Cidr.ANY_IPV4);
  }

  @Test
  void parsesIpv6BlocksInEveryShorthand() {
    assertThat(Cidr.parse("::/0")).isEqualTo(Cidr.ANY_IPV6);
    assertThat(Cidr.parse("2001:db8::/32")).hasToString("2001:db8:0:0:0:0:0:0/32");
    assertThat(Cidr.parse("2001:DB8:0:0:0:0:0:1")).hasToString("2001:db8:0:0:0:0:0:1/128");
    assertThat(Cidr.parse("::ffff:10.0.0.1/128")).hasToString("0:0:0:0:0:ffff:a00:1/128");
    assertThat(Cidr.parse("fe80::1%eth0")).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "10.0.0.0/33", "256.0.0.0/8", "10.0.0/8", "10.0.0.0/", "10.0.0.0/x", "a::b::c",
      "1:2:3:4:5:6:7:8:9", "pl-12345", "sg-123", "${var.cidr}", "::/129", "12345::/16"})
  void rejectsWhatIsNotAnAddressBlock(String text) {
    assertThat(Cidr.parse(text)).isNull();
  }

  @Test
  void anyPrefixZeroIsAnywhere() {
    assertThat(Cidr.parse("0.0.0.0/0").isAnywhere()).isTrue();
    assertThat(Cidr.parse("10.0.0.0/0").isAnywhere()).isTrue();
    assertThat(Cidr.parse("::/0").isAnywhere()).isTrue();
    assertThat(Cidr.parse("0.0.0.0/1").isAnywhere()).isFalse();
  }

  @Test
  void containmentIsPerFamily() {
    Cidr ten = Cidr.parse("10.0.0.0/8");

    assertThat(ten.contains(Cidr.parse("10.20.0.0/16"))).isTrue();
    assertThat(ten.contains(Cidr.parse("11.0.0.0/16"))).isFalse();
    assertThat(Cidr.parse("10.20.0.0/16").contains(ten)).isFalse();
    assertThat(Cidr.ANY_IPV4.contains(ten)).isTrue();
    assertThat(Cidr.ANY_IPV6.contains(ten)).isFalse();
    assertThat(Cidr.parse("2001:db8::/32").contains(Cidr.parse("2001:db8:1::/48"))).isTrue();
    assertThat(ten.overlaps(Cidr.parse("10.1.0.0/16"))).isTrue();
  }
}
