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
    assertThat(ComposePortSpec.parseLenient("127.0.0.1:8080:80").errors()).isEmpty();
    assertThat(ComposePortSpec.parseLenient("${BIND_IP}:8080:80").errors()).isEmpty();
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
        "8080:|container port missing",
        "8080:8080:8080|8080' is no IP address",
        "localhost:8080:80|localhost' is no IP address",
        "256.0.0.1:8080:80|is no IP address"
      })
  void reportsGrammarErrors(String spec, String expected) {
    assertThat(ComposePortSpec.parseLenient(spec).errors()).anyMatch(e -> e.contains(expected));
  }

  private static String spans(String text) {
    StringBuilder out = new StringBuilder();
    for (ComposePortSpec.Span s : ComposePortSpec.portOrRange(text, false)) {
      out.append(out.length() == 0 ? "" : " ").append(text, s.start(), s.end());
    }
    return out.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3000|3000",
        "' 3000 '|3000",
        "8000-8010|8000 8010",
        "8000-8010/udp|8000 8010",
        "-1|-1",
        "'  '|''",
        "/tcp|''"
      })
  void aPortOrRangeIsOneOrTwoNumbers(String text, String expected) {
    assertThat(spans(text)).isEqualTo(expected);
  }

  @Test
  void aPortOrRangeKeepsItsSide() {
    assertThat(ComposePortSpec.portOrRange("8443", true)).allMatch(ComposePortSpec.Span::host);
  }

  @Test
  void theShortFormOfALongSyntaxItemParsesBackToIt() {
    String spec = ComposePortSpec.shortForm("8443", "443", "udp");
    assertThat(spec).isEqualTo("8443:443/udp");
    assertThat(texts(spec)).isEqualTo("H8443 C443");
    assertThat(ComposePortSpec.parseLenient(spec).protocol()).isEqualTo(Protocol.UDP);
    assertThat(ComposePortSpec.shortForm(null, "80", null)).isEqualTo("80");
  }

  @Test
  void longSyntaxFieldsAreComposeKeys() {
    assertThat(ComposePortSpec.LongField.HOST_IP.key()).isEqualTo("host_ip");
    assertThat(ComposePortSpec.LongField.PUBLISHED.key()).isEqualTo("published");
  }
}
