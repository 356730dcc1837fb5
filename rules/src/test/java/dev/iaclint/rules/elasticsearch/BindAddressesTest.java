package dev.iaclint.rules.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iaclint.rules.elasticsearch.BindAddresses.Reach;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BindAddressesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "0.0.0.0, EVERYWHERE", "0, EVERYWHERE", "'::', EVERYWHERE", "'[::]', EVERYWHERE", "_global_, EVERYWHERE",
      "_global:ipv6_, EVERYWHERE", "_ec2:publicIp_, EVERYWHERE", "203.0.113.7, EVERYWHERE", "2001:db8::1, EVERYWHERE",
      "127.0.0.1, LOOPBACK", "127.1.2.3, LOOPBACK", "'::1', LOOPBACK", "localhost, LOOPBACK", "_local_, LOOPBACK",
      "_local:ipv4_, LOOPBACK", "_lo0_, LOOPBACK",
      "_site_, NETWORK", "_eth0_, NETWORK", "_en0:ipv4_, NETWORK", "_ec2_, NETWORK", "_gce:privateIp_, NETWORK",
      "10.20.1.15, NETWORK", "172.31.255.1, NETWORK", "192.168.1.10, NETWORK", "100.64.0.1, NETWORK",
      "fd12:3456::1, NETWORK", "es-1.internal.example, NETWORK", "172.32.0.1, EVERYWHERE"})
  void classifiesWhatNetworkHostAccepts(String address, Reach expected) {
    assertThat(BindAddresses.reach(address)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0.0.0.0, true", "'::', true", "'[::]', true", "0:0:0:0:0:0:0:0, true", "127.0.0.1, false",
      "_global_, false", "0.0.0.0/0, false"})
  void wildcardsAreEveryInterface(String address, boolean wildcard) {
    assertThat(BindAddresses.isWildcard(address)).isEqualTo(wildcard);
  }

  @org.junit.jupiter.api.Test
  void severalAddressesReachAsFarAsTheWidest() {
    assertThat(BindAddresses.widest(List.of("_local_", "_site_"))).isEqualTo(Reach.NETWORK);
    assertThat(BindAddresses.widest(List.of("_local_", "0.0.0.0"))).isEqualTo(Reach.EVERYWHERE);
    assertThat(BindAddresses.widest(List.of())).isEqualTo(Reach.LOOPBACK);
  }
}
