package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Properties of the compose port grammar: parse(format(x)) == x, and nothing ever throws. Inputs
 * come from a fixed seed, so a failure names its input and reproduces on every run.
 */
class ComposePortSpecPropertiesTest {
  private static final String[] IPS = {"", "127.0.0.1", "0.0.0.0", "::1", "192.168.1.5"};
  private static final String GRAMMAR_CHARS = "0123456789:-/[].,tcpudsTCP ${}\t\n\"'";

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

  private static Spec randomSpec(Random random) {
    String ip = IPS[random.nextInt(IPS.length)];
    int host = random.nextInt(65535 - 20 + 1);
    int container = random.nextInt(65535 - 20 + 1);
    int len = random.nextInt(21);
    boolean hasHost = random.nextBoolean() || !ip.isEmpty();
    int containerLen = hasHost && random.nextBoolean() ? 0 : len;
    Protocol protocol = Protocol.values()[random.nextInt(Protocol.values().length)];
    return new Spec(ip, hasHost ? host : -1, hasHost ? len : 0, container, containerLen, protocol);
  }

  @Test
  void parsesWhatItFormats() {
    Random random = new Random(5_000L);
    for (int run = 0; run < 2_000; run++) {
      Spec spec = randomSpec(random);
      String text = spec.format();
      ComposePortSpec.Parsed parsed = ComposePortSpec.parseLenient(text);
      assertThat(parsed.errors()).as(text).isEmpty();
      assertThat(parsed.protocol()).as(text).isEqualTo(spec.protocol());
      assertThat(parsed.hostIp()).as(text).isEqualTo(spec.ip());
      assertThat(parsed.hasHostSide()).as(text).isEqualTo(spec.hostStart() >= 0);
      List<Long> numbers =
          parsed.spans().stream()
              .map(s -> PortNumbers.parseInteger(text.substring(s.start(), s.end())))
              .toList();
      assertThat(numbers).as(text).isEqualTo(spec.numbers());
    }
  }

  @Test
  void neverThrowsOnAnyText() {
    Random random = new Random(5_001L);
    for (int run = 0; run < 20_000; run++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(
            random.nextInt(8) == 0
                ? (char) random.nextInt(0x3000)
                : GRAMMAR_CHARS.charAt(random.nextInt(GRAMMAR_CHARS.length())));
      }
      String input = text.toString();
      ComposePortSpec.Parsed parsed = ComposePortSpec.parseLenient(input);
      parsed.spans().forEach(s -> assertThat(s.start()).as(input).isBetween(0, s.end()));
      parsed
          .spans()
          .forEach(s -> assertThat(s.end()).as(input).isLessThanOrEqualTo(input.length()));
    }
  }

  @Test
  void numbersRoundTrip() {
    Random random = new Random(5_002L);
    LongStream edges = LongStream.of(0, 1, -1, 65535, 65536, Long.MAX_VALUE, Long.MIN_VALUE);
    LongStream.concat(edges, random.longs(2_000))
        .forEach(
            n -> {
              assertThat(PortNumbers.parseInteger(Long.toString(n))).isEqualTo(n);
              assertThat(PortNumbers.parseInteger("+" + n)).isEqualTo(n < 0 ? null : n);
            });
  }
}
