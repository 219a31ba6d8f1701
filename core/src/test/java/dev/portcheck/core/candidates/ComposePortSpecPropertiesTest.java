package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the compose port grammar: parse(format(x)) == x, and nothing ever throws. */
class ComposePortSpecPropertiesTest {

  /** A valid publish: optional address, optional host range, container range, protocol. */
  record Spec(
      String ip,
      int hostStart,
      int hostLen,
      int containerStart,
      int containerLen,
      Protocol protocol) {
    String format() {
      StringBuilder s = new StringBuilder();
      if (!ip.isEmpty()) {
        s.append(ip.contains(":") ? "[" + ip + "]" : ip).append(':');
      }
      if (hostStart >= 0) {
        s.append(range(hostStart, hostLen)).append(':');
      }
      s.append(range(containerStart, containerLen));
      if (protocol != Protocol.TCP) {
        s.append('/').append(protocol.id());
      }
      return s.toString();
    }

    List<Long> numbers() {
      List<Long> n = new ArrayList<>();
      if (hostStart >= 0) {
        n.add((long) hostStart);
        if (hostLen > 0) {
          n.add((long) hostStart + hostLen);
        }
      }
      n.add((long) containerStart);
      if (containerLen > 0) {
        n.add((long) containerStart + containerLen);
      }
      return n;
    }

    private static String range(int start, int len) {
      return len == 0 ? Integer.toString(start) : start + "-" + (start + len);
    }
  }

  @Provide
  Arbitrary<Spec> specs() {
    Arbitrary<String> ips = Arbitraries.of("", "127.0.0.1", "0.0.0.0", "::1", "192.168.1.5");
    Arbitrary<Integer> starts = Arbitraries.integers().between(0, 65535 - 20);
    Arbitrary<Integer> lengths = Arbitraries.integers().between(0, 20);
    Arbitrary<Boolean> flags = Arbitraries.of(true, false);
    return Combinators.combine(
            ips, starts, starts, lengths, flags, flags, Arbitraries.of(Protocol.values()))
        .as(
            (ip, host, container, len, withHost, singleContainer, protocol) -> {
              boolean hasHost = withHost || !ip.isEmpty();
              int containerLen = hasHost && singleContainer ? 0 : len;
              return new Spec(
                  ip, hasHost ? host : -1, hasHost ? len : 0, container, containerLen, protocol);
            });
  }

  @Property(tries = 500)
  void parsesWhatItFormats(@ForAll("specs") Spec spec) {
    String text = spec.format();
    ComposePortSpec.Parsed parsed = ComposePortSpec.parseLenient(text);
    assertThat(parsed.errors()).as(text).isEmpty();
    assertThat(parsed.protocol()).isEqualTo(spec.protocol());
    assertThat(parsed.hostIp()).isEqualTo(spec.ip());
    assertThat(parsed.hasHostSide()).isEqualTo(spec.hostStart() >= 0);
    List<Long> numbers =
        parsed.spans().stream()
            .map(s -> PortNumbers.parseInteger(text.substring(s.start(), s.end())))
            .toList();
    assertThat(numbers).as(text).isEqualTo(spec.numbers());
  }

  @Property(tries = 2000)
  void neverThrowsOnAnyText(@ForAll String text) {
    ComposePortSpec.Parsed parsed = ComposePortSpec.parseLenient(text);
    parsed.spans().forEach(s -> assertThat(s.start()).isBetween(0, s.end()));
  }

  @Property(tries = 2000)
  void numbersRoundTrip(@ForAll long n) {
    assertThat(PortNumbers.parseInteger(Long.toString(n))).isEqualTo(n);
    assertThat(PortNumbers.parseInteger("+" + n)).isEqualTo(n < 0 ? null : n);
  }
}
