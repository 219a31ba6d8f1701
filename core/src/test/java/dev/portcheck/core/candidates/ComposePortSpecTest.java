package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposePortSpecTest {
  private static String texts(String spec) {
    ComposePortSpec.Parsed p = ComposePortSpec.parseLenient(spec);
    StringBuilder out = new StringBuilder();
    for (ComposePortSpec.Span s : p.spans()) {
      out.append(out.length() == 0 ? "" : " ")
          .append(s.host() ? "H" : "C")
          .append(spec, s.start(), s.end());
    }
    return out.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "80|C80",
        "8080:80|H8080 C80",
        "127.0.0.1:8080:80|H8080 C80",
        "127.0.0.1::80|C80",
        "9000-9002:9000-9002|H9000 H9002 C9000 C9002",
        "[::1]:8080:80/udp|H8080 C80",
        "5000:5000/udp|H5000 C5000"
      })
  void splitsHostAndContainerSides(String spec, String expected) {
    assertThat(texts(spec)).isEqualTo(expected);
    assertThat(ComposePortSpec.parseLenient(spec).errors()).isEmpty();
  }

  @Test
  void readsAddressAndProtocol() {
    ComposePortSpec.Parsed p = ComposePortSpec.parseLenient("[::1]:8080:80/udp");
    assertThat(p.hostIp()).isEqualTo("::1");
    assertThat(p.protocol()).isEqualTo(Protocol.UDP);
    assertThat(p.hasHostSide()).isTrue();
    assertThat(ComposePortSpec.parseLenient("127.0.0.1:8080:80").hostIp()).isEqualTo("127.0.0.1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "9002-9000:80|ends before it starts",
        "9000-9002:9000-9001|differ in length",
        "8080:80/http|unknown protocol",
        "a:b:c:d|too many",
        "[::1:8080:80|IPv6 address",
        "8080:|container port missing"
      })
  void reportsGrammarErrors(String spec, String expected) {
    assertThat(ComposePortSpec.parseLenient(spec).errors()).anyMatch(e -> e.contains(expected));
  }
}
