package dev.iaclint.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortRangeTest {

  @ParameterizedTest
  @CsvSource({"-1,-1", "'\"-1\"',-1", "all,-1", "ALL,-1", "tcp,6", "6,6", "udp,17", "17,17", "icmp,1", "1,1",
      "icmpv6,58", "58,58", "-1.0,-1"})
  void protocolsParseFromNamesAndNumbers(String text, int number) {
    assertThat(Protocol.parse(text.replace("\"", ""))).isEqualTo(new Protocol(number));
  }

  @Test
  void unknownProtocolNamesAreNotGuessed() {
    assertThat(Protocol.parse("http")).isNull();
    assertThat(Protocol.parse("300")).isNull();
  }

  @Test
  void protocolAllCoversEveryPortWhateverFromAndToSay() {
    PortRange all = new PortRange(Protocol.ALL, 0, 0);

    assertThat(all.covers(22)).isTrue();
    assertThat(all.covers(9200, Protocol.UDP)).isTrue();
    assertThat(all.isAllPorts()).isTrue();
  }

  @Test
  void tcpRangesAreInclusive() {
    PortRange range = new PortRange(Protocol.TCP, 9200, 9300);

    assertThat(range.covers(9200)).isTrue();
    assertThat(range.covers(9300)).isTrue();
    assertThat(range.covers(9301)).isFalse();
    assertThat(range.covers(9250, Protocol.UDP)).isFalse();
    assertThat(new PortRange(Protocol.TCP, 0, 0).covers(22)).isFalse();
    assertThat(new PortRange(Protocol.TCP, 0, 65535).isAllPorts()).isTrue();
    assertThat(new PortRange(Protocol.TCP, -1, -1).isAllPorts()).isTrue();
  }

  @Test
  void icmpHasNoPorts() {
    PortRange icmp = new PortRange(Protocol.ICMP, 0, 65535);

    assertThat(icmp.covers(22)).isFalse();
    assertThat(icmp.isAllPorts()).isFalse();
  }

  @Test
  void oneRangeCoversAnother() {
    assertThat(PortRange.ALL_TRAFFIC.coversAll(new PortRange(Protocol.TCP, 22, 22))).isTrue();
    assertThat(new PortRange(Protocol.TCP, 0, 1024).coversAll(new PortRange(Protocol.TCP, 22, 22))).isTrue();
    assertThat(new PortRange(Protocol.TCP, 0, 1024).coversAll(new PortRange(Protocol.UDP, 22, 22))).isFalse();
    assertThat(new PortRange(Protocol.TCP, 0, 1024).coversAll(PortRange.ALL_TRAFFIC)).isFalse();
  }
}
